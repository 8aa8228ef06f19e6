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

    /// <summary>Every line item the company's tables print, GAAP and non-GAAP apart (empty for the report, which does not list them).</summary>
    public IReadOnlyList<LineItemChoice> LineItems { get; init; } = [];

    /// <summary>Every guidance figure of its releases, raised, lowered or kept against its earlier outlook (the report does not show them).</summary>
    public IReadOnlyList<GuidanceRevision> Guidance { get; init; } = [];

    /// <summary>The company named by ticker, key or name, or null.</summary>
    public static CompanyView? Read(TickmarkStore store, string company)
    {
        var found = store.Reader.FindCompany(company);
        if (found is null) return null;
        var charts = CompanyCharts.Read(store, found);
        var releases = store.Reader.Releases(found.Id);
        var filings = releases.Any(r => Formats.DocumentFormatNames.IsXbrlName(r.Format)) ? store.Comparison.Compare(found.Key)?.Comparison : null;
        var cross = store.Series.CrossReleaseChecks(found.Id);
        return new CompanyView(SeriesReader.WithCrossChecks(found, cross), releases, charts, new QuarterAxis(charts), cross)
        {
            Filings = filings,
            LineItems = LineItemChoice.Group(store.Series.LineItems(found.Id)),
            Guidance = store.Disclosures.CompanyGuidance(found.Id),
        };
    }

    /// <summary>"BioSphere Medical, Inc. (NASDAQ: BSMD)"</summary>
    public string Title => TitleOf(Company);

    public static string TitleOf(CompanySummary c) => c.Ticker is null ? c.DisplayName
        : $"{c.DisplayName} ({(c.Exchange is null ? "" : c.Exchange + ": ")}{c.Ticker})";
}
