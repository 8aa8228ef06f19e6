using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Reading;
using Tickmark.Web.Charts;

namespace Tickmark.Web.Model;

/// <summary>What the company page and the report show: the company, its releases, its charts on one quarter axis, and its releases checked against each other.</summary>
public sealed record CompanyView(
    CompanySummary Company,
    IReadOnlyList<ReleaseSummary> Releases,
    IReadOnlyList<ChartSeries> Charts,
    QuarterAxis Axis,
    IReadOnlyList<CrossReleaseCheck> CrossChecks)
{
    /// <summary>The releases against the company's 10-Q/10-K XBRL filings; null when none is stored.</summary>
    public Comparison.FilingComparison? Filings { get; init; }

    /// <summary>The company named by ticker, key or name, or null.</summary>
    public static CompanyView? Read(TickmarkStore store, string company)
    {
        var found = store.Reader.FindCompany(company);
        if (found is null) return null;
        var charts = CompanyCharts.Read(store, found);
        var releases = store.Reader.Releases(found.Id);
        var filings = releases.Any(r => Formats.DocumentFormatNames.IsXbrlName(r.Format)) ? store.Comparison.Compare(found.Key)?.Comparison : null;
        return new CompanyView(found, releases, charts, new QuarterAxis(charts), store.Series.CrossReleaseChecks(found.Id)) { Filings = filings };
    }

    /// <summary>"BioSphere Medical, Inc. (NASDAQ: BSMD)"</summary>
    public string Title => Company.Ticker is null ? Company.DisplayName
        : $"{Company.DisplayName} ({(Company.Exchange is null ? "" : Company.Exchange + ": ")}{Company.Ticker})";
}
