namespace Tickmark.Store.Reading;

/// <summary>
/// A company as the store knows it: identity, how many releases (and how many failed), the span
/// of period ends they cover, and their own checks in total.
/// </summary>
public sealed record CompanySummary(
    long Id, string Key, string? Name, string? Ticker, string? Exchange, string? Cik,
    int Releases, int FailedReleases, DateOnly? FirstPeriodEnd, DateOnly? LastPeriodEnd,
    int ChecksPassed, int ChecksRounding, int ChecksFailed)
{
    /// <summary>Share of checks that pass or agree within rounding, 0-1; null when there are none.</summary>
    public double? CheckPassShare
    {
        get
        {
            var all = ChecksPassed + ChecksRounding + ChecksFailed;
            return all == 0 ? null : (double)(ChecksPassed + ChecksRounding) / all;
        }
    }

    public string DisplayName => Name ?? Key;
}
