using Tickmark.Calls;
using Tickmark.Cautionary;
using Tickmark.Events;
using Tickmark.Guidance;

namespace Tickmark.Disclosures;

/// <summary>What a release says besides its figures: its conference call, its events, its outlook, and its cautionary language. Spans are spans of the source document.</summary>
public sealed record ReleaseDisclosures
{
    public static ReleaseDisclosures None { get; } = new();

    public ConferenceCall? Call { get; init; }
    public IReadOnlyList<ReleaseEvent> Events { get; init; } = [];
    public IReadOnlyList<GuidanceFigure> Guidance { get; init; } = [];
    public CautionarySection? Cautionary { get; init; }
}
