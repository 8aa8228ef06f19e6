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
}
