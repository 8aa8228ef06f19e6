using Tickmark.Periods;

namespace Tickmark.Narrative;

/// <summary>
/// A period named in prose, at <see cref="Index"/> in its text. Absolute phrases carry their
/// period; relative ones ("the same period last year", "the previous quarter") say how to move from
/// the period before them.
/// </summary>
public sealed record PeriodPhrase(int Index, int Length, Period? Period, int? YearsBack = null, int? ToYear = null, bool QuarterBack = false)
{
    public bool IsRelative => Period is null;
}
