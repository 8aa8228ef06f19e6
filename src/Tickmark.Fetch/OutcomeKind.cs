namespace Tickmark.Fetch;

/// <summary>What became of one filing: downloaded and kept as a release, a release already in the archive, found (now or before) not to be one, or failed.</summary>
public enum OutcomeKind { Downloaded, AlreadyHad, NotRelease, Failed }
