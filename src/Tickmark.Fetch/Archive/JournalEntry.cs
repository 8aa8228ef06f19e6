using Tickmark.Fetch.Detection;

namespace Tickmark.Fetch.Archive;

/// <summary>One line of the journal: a filing downloaded and what it was found to be.</summary>
public sealed record JournalEntry(string Accession, long Cik, string Form, DateOnly Filed, Verdict Verdict);
