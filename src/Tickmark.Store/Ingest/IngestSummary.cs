namespace Tickmark.Store.Ingest;

/// <summary>A release that could not be read, as recorded: its path and the diagnostic's message.</summary>
public sealed record IngestFailure(string Path, string Message);

/// <summary>
/// What an ingest run did. <see cref="Added"/> + <see cref="Replaced"/> + <see cref="Unchanged"/> = <see cref="Total"/>;
/// <see cref="Failed"/> counts the releases among them stored as failed (unreadable, no tables), this run or before.
/// </summary>
public sealed record IngestSummary(int Total, int Added, int Replaced, int Unchanged, int Failed, TimeSpan Elapsed, IReadOnlyList<IngestFailure> Failures)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Total / Elapsed.TotalSeconds : 0;
}
