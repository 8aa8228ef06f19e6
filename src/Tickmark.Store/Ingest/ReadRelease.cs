using Tickmark.Extraction;

namespace Tickmark.Store.Ingest;

/// <summary>
/// One file after the parallel stage: its content hash and what was read from it, or no
/// <see cref="Result"/> when the same content is already stored (<see cref="StoredError"/> is the
/// error it was stored with, if it failed).
/// </summary>
internal sealed record ReadRelease(string Path, string ContentHash, ExtractionResult? Result, string? StoredError = null);
