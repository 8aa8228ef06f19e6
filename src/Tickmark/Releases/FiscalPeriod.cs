namespace Tickmark.Releases;

/// <summary>The fiscal quarter a release reports (quarter 4 for a year-end release), named by the year the fiscal year ends in.</summary>
/// <param name="Year">The calendar year the fiscal year ends in.</param>
/// <param name="Quarter">1-4.</param>
/// <param name="End">The last day of the quarter (inclusive).</param>
/// <param name="YearEndMonth">The month (1-12) the company's fiscal year ends in.</param>
public sealed record FiscalPeriod(int Year, int Quarter, DateOnly End, int YearEndMonth = 12);
