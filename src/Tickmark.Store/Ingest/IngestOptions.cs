namespace Tickmark.Store.Ingest;

/// <param name="Reparse">Read again the releases stored by another parser version and replace their rows.</param>
/// <param name="Workers">Releases parsed at once; all cores by default.</param>
/// <param name="MaxBatch">Most releases written in one transaction.</param>
/// <param name="MaxBytes">The largest file read, in bytes; a larger one is a failed release with one diagnostic.</param>
public sealed record IngestOptions(bool Reparse = false, int Workers = 0, int MaxBatch = 64, long MaxBytes = Text.BoundedFile.DefaultMaxBytes)
{
    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}
