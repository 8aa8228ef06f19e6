using Tickmark.Disclosures;
using Tickmark.Text;

namespace Tickmark.Events;

/// <summary>A date an event names, with what it is for: "effective", "record", "payment", "announced".</summary>
public sealed record EventDate(string Role, DateOnly Date);

/// <summary>
/// A regulatory or business event a release reports: its <see cref="Kind"/>, the words
/// (<see cref="Text"/>, white space squeezed), the regulator ("FDA", "CE Mark"), the markets
/// ("United States", "European Union"), the products or parties named, the amounts and dates it
/// gives, and the <see cref="Span"/> of the bullet or sentence.
/// </summary>
public sealed record ReleaseEvent(EventKind Kind, string Text, SourceSpan Span)
{
    public string? Regulator { get; init; }
    public IReadOnlyList<string> Markets { get; init; } = [];
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<StatedAmount> Amounts { get; init; } = [];
    public IReadOnlyList<EventDate> Dates { get; init; } = [];
}
