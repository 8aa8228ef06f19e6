using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>
/// What to fetch: the companies (tickers or CIKs) or the index quarters, the filing dates (both
/// included), the archive's root, and whether to list only (<see cref="DryRun"/>: listings are
/// read, no filing is downloaded).
/// </summary>
public sealed record FetchRequest(
    IReadOnlyList<string> Companies,
    IReadOnlyList<IndexQuarter> Quarters,
    DateOnly From,
    DateOnly To,
    string OutDir,
    bool DryRun = false)
{
    /// <summary>EDGAR's electronic filings begin in 1993.</summary>
    public static readonly DateOnly EdgarStart = new(1993, 1, 1);
}
