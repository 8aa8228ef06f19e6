using Tickmark.Fetch.Detection;

namespace Tickmark.Fetch;

/// <summary>What became of one filing: downloaded and kept as a release, a release already in the archive, found (now or before) not to be one, or failed.</summary>
public enum OutcomeKind { Downloaded, AlreadyHad, NotRelease, Failed }

/// <summary>One filing's outcome, with its verdict (none when it failed) and the error's message.</summary>
public sealed record FilingOutcome(OutcomeKind Kind, Verdict? Verdict = null, string? Error = null);
