using Tickmark.Periods;
using Tickmark.Series;

namespace Tickmark.Web.Charts;

/// <summary>How far another value for a point's period disagrees: none, within printed precision, or beyond it.</summary>
public enum ConflictLevel { None, Rounding, Beyond }

/// <summary>
/// One point of a chart. <see cref="Derived"/> is true when no release prints the value (worked out
/// from other printed figures); <see cref="How"/> says how, in words; <see cref="Sources"/> are the
/// printed figures it rests on, the one that stands first; <see cref="Conflicts"/> describe the other values found.
/// </summary>
public sealed record ChartPoint(
    FiscalSlot Slot,
    Period Period,
    decimal Value,
    bool Derived,
    string How,
    IReadOnlyList<FigureSource> Sources,
    ConflictLevel Conflict,
    IReadOnlyList<ConflictNote> Conflicts)
{
    /// <summary>The quarter the point sits on: its fiscal year and the quarter it ends in.</summary>
    public (int Year, int Quarter) Quarter => (Slot.Year, Slot.Last);
}

/// <summary>
/// Another value found for a point's period: in words ("derived 6,341,000 = ... (agrees within rounding)"),
/// and as a table row shows it: how it was found ("restated", "derived"), the value, and where its figures are printed.
/// </summary>
public sealed record ConflictNote(ConflictLevel Level, string Text, string Kind = "", decimal? Value = null, string Where = "");
