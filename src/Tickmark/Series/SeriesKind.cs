namespace Tickmark.Series;

/// <summary>Which points a series gives: each quarter, each full fiscal year, or each year-to-date span (Q1, Q1-Q2, Q1-Q3, full year).</summary>
public enum SeriesKind { Quarterly, Annual, YearToDate }
