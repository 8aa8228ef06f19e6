namespace Tickmark.Edgar;

/// <summary>An EDGAR submission file read into its header and its documents, in filing order.</summary>
public sealed record Submission(SubmissionHeader Header, IReadOnlyList<SubmissionDocument> Documents);
