namespace Tickmark.Fetch;

/// <summary>
/// How far a fetch is: <see cref="Found"/> filings to look at (earnings forms not ruled out by their
/// listing), <see cref="Done"/> of them handled, <see cref="Releases"/> earnings releases among
/// them, <see cref="Downloaded"/> submissions downloaded this run, and what went over the wire.
/// </summary>
public sealed record FetchProgress(string Stage, int Found, int Done, int Releases, int Downloaded, int Failed, long Bytes, long Requests, TimeSpan Elapsed)
{
    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Requests / Elapsed.TotalSeconds : 0;
    public double Megabytes => Bytes / 1_000_000.0;
}
