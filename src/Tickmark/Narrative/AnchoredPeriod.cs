using Tickmark.Periods;

namespace Tickmark.Narrative;

/// <summary>
/// A period phrase of a block placed on the calendar: where it is printed (<see cref="Index"/> to
/// <see cref="End"/>), the period it names, whether it was named relative to an earlier one
/// ("the same period last year"), and whether it follows a comparison in its sentence ("compared with
/// $2.3 million in the second quarter": a comparative's period).
/// </summary>
public sealed record AnchoredPeriod(int Index, int End, Period Period, bool Relative, bool Comparison)
{
    /// <summary>The phrase names the period of its sentence's own figures.</summary>
    public bool Own => !Relative && !Comparison;
}
