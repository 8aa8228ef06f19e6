namespace Tickmark.Edgar;

/// <summary>One filer of a submission: conformed name, CIK (ten digits as filed) and SIC code with its words.</summary>
public sealed record SubmissionFiler(string Name, string? Cik, string? SicCode, string? SicName);
