namespace Tickmark.Fetch;

/// <summary>A filing the fetch could not get or judge, and why, in one line.</summary>
public sealed record FetchFailure(string Accession, string Message);
