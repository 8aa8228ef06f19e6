namespace Tickmark.Store.Ingest;

/// <summary>How far an ingest run is: releases done (stored or found unchanged) of <see cref="Total"/>, how many failed, and the time since it started.</summary>
public sealed record IngestProgress(int Done, int Total, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}
