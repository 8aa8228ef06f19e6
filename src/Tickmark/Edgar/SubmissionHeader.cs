namespace Tickmark.Edgar;

/// <summary>
/// What the &lt;SEC-HEADER&gt; of an EDGAR submission says: the form, its dates, and each filer
/// (a submission may have several co-registrants). Dates are as filed; any field may be missing.
/// </summary>
public sealed record SubmissionHeader
{
    public string? AccessionNumber { get; init; }
    public string? FormType { get; init; }
    public DateOnly? FilingDate { get; init; }
    public DateOnly? PeriodOfReport { get; init; }
    public IReadOnlyList<SubmissionFiler> Filers { get; init; } = [];

    public static readonly SubmissionHeader Empty = new();
}
