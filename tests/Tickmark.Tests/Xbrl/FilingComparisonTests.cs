using Tickmark.Comparison;
using Tickmark.Periods;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Xbrl;

/// <summary>
/// Apple's releases against its own filings (data/MANIFEST.tsv): the Q1 FY2024 release (8-K of
/// 2024-02-01) against the FY2023 10-K in inline XBRL, and the Q1 FY2011 release against the FY2010
/// 10-K's XBRL instance; the two overlap on the balance sheet at the fiscal year's end. Expected
/// values are typed from the documents.
/// </summary>
public sealed class FilingComparisonTests(AppleFilings apple) : IClassFixture<AppleFilings>
{
    private readonly TickmarkStore _store = apple.Store;

    private FilingComparison Compare() => _store.Comparison.Compare("AAPL")!.Value.Comparison;

    [Fact]
    public void ReleasesAndFilingsJoinOneCompany()
    {
        var apple = Assert.Single(_store.Reader.Companies());
        Assert.Equal(("AAPL", "320193"), (apple.Ticker, apple.Cik));
        var formats = _store.Reader.Releases(apple.Id).Select(r => r.Format).Order().ToList();
        Assert.Equal(["edgar-submission", "edgar-submission", "inline-xbrl", "xbrl-instance"], formats);
    }

    [Fact]
    public void TheFilingsFactsCarryTheirSpans()
    {
        var filing = _store.Reader.Releases(_store.Reader.FindCompany("AAPL")!.Id).Single(r => r.Format == "inline-xbrl");
        var detail = _store.Reader.Release(filing.Id)!;
        var text = _store.Reader.DocumentText(filing.Id)!;
        var assets = detail.Facts.Where(f => f.Fact.Concept == "us-gaap:Assets" && f.Fact.Period == new Instant(new DateOnly(2023, 9, 30))).ToList();
        Assert.NotEmpty(assets);
        // The balance sheet's "Total assets ... 352,583" (in millions).
        Assert.All(assets, f => Assert.Equal(352_583_000_000m, f.Fact.Value));
        Assert.Contains(assets, f => text.Substring(f.Fact.Span.Start, f.Fact.Span.Length) == "352,583" && f.Fact.Label == "Total assets");
        Assert.Equal(("10-K for the period ended 2023-09-30", 2023, 4), (filing.Headline, filing.FiscalYear, filing.FiscalQuarter));
    }

    [Fact]
    public void AtLeast995PercentOfComparedFiguresAgree()
    {
        var c = Compare();
        Assert.True(c.Matched >= 30, $"only {c.Matched} figures compared");
        Assert.True(c.Agreement >= 0.995, Tickmark.Store.Output.ComparisonTextRenderer.Summary(c));
        // Total assets at 2010-09-25: 75,183 in the Q1 FY2011 release's balance sheet and in the FY2010 10-K.
        var assets = Assert.Single(c.Facts, f => f.Release.Fact.Concept == "us-gaap:Assets" && f.Release.Fact.Period == new Instant(new DateOnly(2010, 9, 25)));
        Assert.Equal(ComparisonOutcome.Agrees, assets.Outcome);
        Assert.Equal((75_183_000_000m, 75_183_000_000m), (assets.Release.Value, assets.Filing!.Value));
        Assert.Equal("AAPL_10K_FY2010.xml", assets.Filing.Release.Name);
    }

    [Fact]
    public void AFigureTheReleasePrintsUnderAnotherElementIsMissingInTheRelease()
    {
        // "Vendor non-trade receivables" 31,477 at 2023-09-30: the 10-K tags it NontradeReceivablesCurrent.
        var row = Assert.Single(Compare().Facts, f => f.Release.Fact.Label == "Vendor non-trade receivables" && f.Release.Fact.Period == new Instant(new DateOnly(2023, 9, 30)));
        if (row.Outcome == ComparisonOutcome.MissingInRelease) Assert.Contains("us-gaap:NontradeReceivablesCurrent", row.FilingElements);
        else Assert.Equal("us-gaap:NontradeReceivablesCurrent", row.Release.Fact.Concept);
        Assert.Equal(31_477_000_000m, row.Filing!.Value);
    }

    [Fact]
    public void CoverageIsMeasuredOverTheFaceStatementFiguresTheFilingReports()
    {
        var c = Compare();
        // Every balance-sheet row of the two releases at the fiscal year ends whose value the 10-Ks report.
        Assert.InRange(c.FaceFiguresInFiling, 50, 70);
        // The bar: at least 90% of them carry the filing's element.
        Assert.True(c.Coverage >= 0.90, Tickmark.Store.Output.ComparisonTextRenderer.Summary(c));
        Assert.Equal(c.FaceFiguresWithFilingElement, c.Facts.Count(f => f.Filing is not null && f.Outcome != ComparisonOutcome.MissingInRelease
            && f.Release.Fact.Dimensions.Count == 0 && f.Release.Fact.Statement is Concepts.StatementKind.IncomeStatement or Concepts.StatementKind.BalanceSheet or Concepts.StatementKind.CashFlow));
    }
}

/// <summary>The Apple releases and filings of data/, ingested once into SQLite in memory.</summary>
public sealed class AppleFilings : IDisposable
{
    public static string Data(string file) => Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Xbrl", "data", file);

    public TickmarkStore Store { get; } = TickmarkStore.OpenInMemory();

    public AppleFilings()
    {
        var summary = new ReleaseIngestor(Store).Run(
            [Data("AAPL_8K_20240201_ex991.txt"), Data("AAPL_10K_FY2023.htm"), Data("AAPL_8K_20110118_ex991.txt"), Data("AAPL_10K_FY2010.xml")]);
        Assert.Equal((4, 0), (summary.Added, summary.Failed));
    }

    public void Dispose() => Store.Dispose();
}
