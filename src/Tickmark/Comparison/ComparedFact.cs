namespace Tickmark.Comparison;

/// <summary>
/// One release figure set against the filing: the release fact, the filing fact with the same element,
/// period and dimensions (null when missing), and for a figure whose element the filing does not use for
/// it, the filing's elements that carry its value in that period.
/// </summary>
public sealed record ComparedFact(ComparisonOutcome Outcome, PlacedFact Release, PlacedFact? Filing, IReadOnlyList<string> FilingElements)
{
    public decimal? Difference => Filing is null ? null : Filing.Value - Release.Value;
}
