using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Guidance;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Disclosures;

/// <summary>
/// Every guidance figure of the corpus NVIDIA newsroom releases, Apple's and Pericom's, typed from
/// each release's "Outlook" paragraph: measure, basis, future fiscal quarter (and its dates on the
/// 52/53-week calendar), point or range, tolerance, unit. Oracle's release prints no outlook figure.
/// No guidance figure is also an actual prose fact.
/// </summary>
public class CorpusGuidanceTests
{
    private const decimal B = 1_000_000_000m, M = 1_000_000m;

    /// <summary>NVIDIA's outlook paragraph, the same seven figures each quarter.</summary>
    public static IEnumerable<object[]> Nvidia => new object[][]
    {
        // release, fiscal year and quarter guided, its first and last day, revenue, GAAP and non-GAAP gross margin, GAAP and non-GAAP opex, other income and expense, tax rate
        ["NVDA_FY2023Q1_newsroom.html", 2023, 2, "2022-05-02", "2022-07-31", 8.10m * B, 65.1m, 67.1m, 2.46m * B, 1.75m * B, -40 * M, 12.5m],
        ["NVDA_FY2023Q2_newsroom.html", 2023, 3, "2022-08-01", "2022-10-30", 5.90m * B, 62.4m, 65.0m, 2.59m * B, 1.82m * B, -10 * M, 9.5m],
        ["NVDA_FY2023Q3_newsroom.html", 2023, 4, "2022-10-31", "2023-01-29", 6.00m * B, 63.2m, 66.0m, 2.56m * B, 1.78m * B, 40 * M, 9.0m],
        ["NVDA_FY2023Q4_newsroom.html", 2024, 1, "2023-01-30", "2023-04-30", 6.50m * B, 64.1m, 66.5m, 2.53m * B, 1.78m * B, 50 * M, 13.0m],
        ["NVDA_FY2024Q1_newsroom.html", 2024, 2, "2023-05-01", "2023-07-30", 11.00m * B, 68.6m, 70.0m, 2.71m * B, 1.90m * B, 90 * M, 14.0m],
        ["NVDA_FY2024Q2_newsroom.html", 2024, 3, "2023-07-31", "2023-10-29", 16.00m * B, 71.5m, 72.5m, 2.95m * B, 2.00m * B, 100 * M, 14.5m],
        ["NVDA_FY2024Q3_newsroom.html", 2024, 4, "2023-10-30", "2024-01-28", 20.00m * B, 74.5m, 75.5m, 3.17m * B, 2.20m * B, 200 * M, 15.0m],
        ["NVDA_FY2024Q4_newsroom.html", 2025, 1, "2024-01-29", "2024-04-28", 24.0m * B, 76.3m, 77.0m, 3.5m * B, 2.5m * B, 250 * M, 17.0m],
        ["NVDA_FY2025Q1_newsroom.html", 2025, 2, "2024-04-29", "2024-07-28", 28.0m * B, 74.8m, 75.5m, 4.0m * B, 2.8m * B, 300 * M, 17m],
        ["NVDA_FY2025Q2_newsroom.html", 2025, 3, "2024-07-29", "2024-10-27", 32.5m * B, 74.4m, 75.0m, 4.3m * B, 3.0m * B, 350 * M, 17m],
        ["NVDA_FY2025Q3_newsroom.html", 2025, 4, "2024-10-28", "2025-01-26", 37.5m * B, 73.0m, 73.5m, 4.8m * B, 3.4m * B, 400 * M, 16.5m],
        ["NVDA_FY2026Q1_newsroom.html", 2026, 2, "2025-04-28", "2025-07-27", 45.0m * B, 71.8m, 72.0m, 5.7m * B, 4.0m * B, 450 * M, 16.5m],
        ["NVDA_FY2026Q2_newsroom.html", 2026, 3, "2025-07-28", "2025-10-26", 54.0m * B, 73.3m, 73.5m, 5.9m * B, 4.2m * B, 500 * M, 16.5m],
    };

    private static ExtractionResult Read(string file) =>
        new Extractor().ExtractFile(Path.Combine(Paths.Corpus, file.EndsWith(".txt") ? "text" : "html", file));

    [Theory]
    [MemberData(nameof(Nvidia))]
    public void NvidiaOutlook(string file, int year, int quarter, string start, string end, decimal revenue,
        decimal gaapMargin, decimal nonGaapMargin, decimal gaapOpex, decimal nonGaapOpex, decimal otherIncome, decimal taxRate)
    {
        var r = Read(file);
        var g = r.Disclosures.Guidance;
        foreach (var f in g)
        {
            Assert.Equal(new GuidancePeriod(year, quarter, DateOnly.Parse(start), DateOnly.Parse(end)), f.Period);
            Assert.Equal(GuidanceChange.Stated, f.Change);
        }
        var rev = Assert.Single(g, f => f.Measure == "revenue" && f.Tolerance is not null);
        Assert.Equal((revenue, revenue * 0.02m, "plus or minus 2%", Unit.Usd), (rev.Point!.Value, rev.Tolerance!.Value, rev.ToleranceText, rev.Unit));
        Assert.Equal(revenue * 0.98m, rev.LowerBound);
        Assert.Null(rev.Low);
        Assert.False(rev.Approximate);
        Figure(g, "gross margin", FactBasis.Gaap, gaapMargin, Unit.Percent, 0.5m);
        Figure(g, "gross margin", FactBasis.NonGaap, nonGaapMargin, Unit.Percent, 0.5m);
        Assert.True(Figure(g, "operating expenses", FactBasis.Gaap, gaapOpex, Unit.Usd, null).Approximate);
        Assert.True(Figure(g, "operating expenses", FactBasis.NonGaap, nonGaapOpex, Unit.Usd, null).Approximate);
        Figure(g, "other income and expense", FactBasis.Gaap, otherIncome, Unit.Usd, null);
        Figure(g, "other income and expense", FactBasis.NonGaap, otherIncome, Unit.Usd, null);
        Figure(g, "tax rate", FactBasis.Gaap, taxRate, Unit.Percent, 1m);
        Figure(g, "tax rate", FactBasis.NonGaap, taxRate, Unit.Percent, 1m);
        // The headline of Q1 FY2024 repeats the revenue outlook; Q1 FY2026's outlook names the H20 revenue it leaves out.
        var extra = g.Where(f => !(f.Measure == "revenue" && f.Tolerance is not null) && f.Measure is not ("gross margin" or "operating expenses" or "other income and expense" or "tax rate")).ToList();
        switch (file)
        {
            case "NVDA_FY2024Q1_newsroom.html":
                Assert.Equal(("revenue", 11.00m * B), (Assert.Single(extra).Measure, extra[0].Point!.Value));
                break;
            case "NVDA_FY2026Q1_newsroom.html":
                Assert.Equal(("loss in h20 revenue", 8.0m * B, true), (Assert.Single(extra).Measure, extra[0].Point!.Value, extra[0].Approximate));
                break;
            default:
                Assert.Empty(extra);
                break;
        }
        NoGuidanceIsActual(r);
    }

    private static GuidanceFigure Figure(IReadOnlyList<GuidanceFigure> g, string measure, FactBasis basis, decimal point, Unit unit, decimal? tolerance)
    {
        var f = Assert.Single(g, f => f.Measure == measure && f.Basis == basis);
        Assert.Equal((point, unit, tolerance), (f.Point!.Value, f.Unit, f.Tolerance));
        Assert.Null(f.Low);
        Assert.Null(f.High);
        return f;
    }

    /// <summary>Each guidance number is one fact of kind guidance at its place, with no element; no actual fact sits there.</summary>
    private static void NoGuidanceIsActual(ExtractionResult r)
    {
        var actual = r.Facts.Where(f => f.Kind == FactKind.Actual && f.Origin == FactOrigin.Narrative).Select(f => f.Span.Start).ToHashSet();
        foreach (var g in r.Disclosures.Guidance)
            foreach (var n in g.Numbers)
            {
                Assert.DoesNotContain(n.Span.Start, actual);
                Assert.Contains(r.Facts, f => f.Kind == FactKind.Guidance && f.Span == n.Span && f.Value == n.Value && f.Concept is null);
                Assert.True(char.IsDigit(r.Document.Text[n.Span.Start]));
            }
    }

    [Fact]
    public void AppleLooksAheadToTheSecondFiscalQuarter()
    {
        var r = Read("AAPL_FY2011Q1_ex991.htm");
        // "Looking ahead to the second fiscal quarter of 2011, we expect revenue of about $22 billion and we expect diluted earnings per share of about $4.90."
        Assert.Collection(r.Disclosures.Guidance,
            f => Assert.Equal(("revenue", 22m * B, Unit.Usd, true, 2011, 2), (f.Measure, f.Point!.Value, f.Unit, f.Approximate, f.Period.Year, f.Period.Quarter)),
            f => Assert.Equal(("diluted EPS", 4.90m, Unit.UsdPerShare, true, 2011, 2), (f.Measure, f.Point!.Value, f.Unit, f.Approximate, f.Period.Year, f.Period.Quarter)));
        NoGuidanceIsActual(r);
    }

    [Fact]
    public void PericomRangesOfChangeAndOfLevel()
    {
        // "we expect revenues to be up 1% to down 4%", "Gross margin is expected to be in the 36-37% range",
        // "Other income is expected to be approximately $0.8 million" under "MARCH 2005 QUARTER OUTLOOK".
        var r = Read("PERICOM_FY2005Q2_ex991.txt");
        Assert.Collection(r.Disclosures.Guidance,
            f => Assert.Equal(("revenue change", -4m, 1m, Unit.Percent), (f.Measure, f.Low!.Value, f.High!.Value, f.Unit)),
            f => Assert.Equal(("gross margin", 36m, 37m, Unit.Percent), (f.Measure, f.Low!.Value, f.High!.Value, f.Unit)),
            f => Assert.Equal(("other income", 0.8m * M, true), (f.Measure, f.Point!.Value, f.Approximate)));
        Assert.All(r.Disclosures.Guidance, f => Assert.Equal((2005, 3, new DateOnly(2005, 3, 31)), (f.Period.Year, f.Period.Quarter, f.Period.End!.Value)));
        NoGuidanceIsActual(r);
        // "$9.7 to $9.9 million": the low end takes the scale printed after the high end.
        var later = Read("PERICOM_FY2007Q3_ex991.txt").Disclosures.Guidance;
        var opex = Assert.Single(later, f => f.Measure == "operating expenses");
        Assert.Equal((9.7m * M, 9.9m * M), (opex.Low!.Value, opex.High!.Value));
    }

    [Fact]
    public void OracleAndTheBankPrintNoOutlookFigure()
    {
        Assert.Empty(Read("ORCL_FY2014Q4_ex991.htm").Disclosures.Guidance);
        Assert.Empty(Read("HORIZONFIN_FY2009Q1_8k.htm").Disclosures.Guidance);
    }
}
