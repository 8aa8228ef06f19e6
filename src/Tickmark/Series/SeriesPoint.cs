using Tickmark.Periods;

namespace Tickmark.Series;

/// <summary>
/// One point of a series: its fiscal slot and dates, the value that stands (base units), and where
/// it comes from. A reported point's <see cref="Sources"/> are the releases that print this value,
/// the one that stands (latest) first; a derived point's are the inputs of its <see cref="Derivation"/>.
/// </summary>
public sealed record SeriesPoint(
    FiscalSlot Slot,
    Period Period,
    decimal Value,
    int Decimals,
    IReadOnlyList<Observation> Sources,
    Derivation? Derivation,
    IReadOnlyList<Conflict> Conflicts)
{
    public bool Derived => Derivation is not null;
}
