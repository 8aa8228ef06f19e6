namespace Tickmark.Releases;

/// <summary>What a release says about itself: who, when, where, through which wire, and for which period.</summary>
public sealed record ReleaseInfo
{
    public string? Company { get; init; }
    public string? Ticker { get; init; }
    public string? Exchange { get; init; }
    public DateOnly? Date { get; init; }
    public string? City { get; init; }
    public string? Wire { get; init; }
    public string? Headline { get; init; }
    public FiscalPeriod? FiscalPeriod { get; init; }
    public string? Cik { get; init; }
    /// <summary>From an EDGAR submission's header: the filer's conformed name ("SOUTHERN CO").</summary>
    public string? FilerName { get; init; }
    /// <summary>From an EDGAR submission's header: the form filed ("8-K").</summary>
    public string? FormType { get; init; }
    public DateOnly? FilingDate { get; init; }
    public DateOnly? PeriodOfReport { get; init; }
    /// <summary>Standard Industrial Classification code ("4911").</summary>
    public string? Sic { get; init; }
}
