using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>
/// What a fetch did. <see cref="Releases"/> are the earnings releases in the archive for the request
/// (<see cref="Downloaded"/> this run, <see cref="AlreadyHad"/> before); <see cref="NotReleases"/>
/// were read and found to be other reports; <see cref="ReleaseFiles"/> are the releases' archive paths.
/// </summary>
public sealed record FetchSummary
{
    public int Listed { get; init; }
    public int Found { get; init; }
    public int Releases { get; init; }
    public int Downloaded { get; init; }
    public int AlreadyHad { get; init; }
    public int NotReleases { get; init; }
    public long Bytes { get; init; }
    public long Requests { get; init; }
    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<FetchFailure> Failures { get; init; } = [];
    /// <summary>Problems with the request itself: an unknown ticker, a company whose listing could not be read.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<string> ReleaseFiles { get; init; } = [];
    public IReadOnlyList<PlannedFiling> Planned { get; init; } = [];
    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Requests / Elapsed.TotalSeconds : 0;
}
