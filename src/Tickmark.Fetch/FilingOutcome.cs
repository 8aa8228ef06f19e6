using Tickmark.Fetch.Detection;

namespace Tickmark.Fetch;

/// <summary>One filing's outcome, with its verdict (none when it failed) and the error's message.</summary>
public sealed record FilingOutcome(OutcomeKind Kind, Verdict? Verdict = null, string? Error = null);
