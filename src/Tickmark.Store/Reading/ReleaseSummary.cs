namespace Tickmark.Store.Reading;

/// <summary>
/// A stored release: where it came from, what it says about itself, and counts of what was read.
/// <see cref="Status"/> is "ok" or "failed" (then <see cref="Error"/> says why). The fiscal year and
/// quarter are as the release itself reads them; series place figures on the company's calendar.
/// </summary>
public sealed record ReleaseSummary(
    long Id, long? CompanyId, string SourcePath, string ContentHash, string Format, string Status, string? Error,
    string ParserVersion, string IngestedAt, string? CompanyName, string? Ticker, string? Exchange, string? Cik,
    DateOnly? Date, string? Headline, string? City, string? Wire,
    int? FiscalYear, int? FiscalQuarter, DateOnly? PeriodEnd, int? FiscalYearEndMonth,
    int FactCount, int StatementCount, int ChecksPassed, int ChecksRounding, int ChecksFailed)
{
    public string Name => Path.GetFileName(SourcePath);

    public bool Failed => Status == "failed";

    /// <summary>"FY2006 Q4", or null when the release has no fiscal period.</summary>
    public string? FiscalName => FiscalYear is { } y && FiscalQuarter is { } q ? $"FY{y} Q{q}" : null;
}
