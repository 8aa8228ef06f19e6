using Tickmark.Facts;
using Tickmark.Guidance;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Disclosures;

/// <summary>The outlook's wordings on a minimal release of the second quarter of 2007 (calendar year): ranges, points, changes of the outlook.</summary>
public class GuidanceWordingTests
{
    private static string Release(string prose) => $$"""
        |    ACME Corp. Reports Second Quarter 2007 Results
        |
        {{prose}}
        |
        |              STATEMENTS OF OPERATIONS (in thousands)
        |                          Three Months Ended
        |                               June 30,
        |                            2007      2006
        |Revenues                  $ 6,974   $ 5,637
        |Cost of revenues            1,922     1,669
        |                          -------   -------
        |Gross profit                5,052     3,968
        """;

    private static IReadOnlyList<GuidanceFigure> Guidance(string prose) => Doc.Extract(Release(prose)).Disclosures.Guidance;

    [Fact]
    public void ARangeForTheNextQuarterNamedInTheSentence()
    {
        var g = Assert.Single(Guidance("|The company expects revenue for the third quarter of 2007 of $6.5 million to $6.8 million."));
        Assert.Equal(("revenue", 6_500_000m, 6_800_000m, Unit.Usd, FactBasis.Gaap), (g.Measure, g.Low!.Value, g.High!.Value, g.Unit, g.Basis));
        Assert.Equal(new GuidancePeriod(2007, 3, new DateOnly(2007, 7, 1), new DateOnly(2007, 9, 30)), g.Period);
        Assert.Null(g.Point);
    }

    [Fact]
    public void FullYearEarningsPerShareRaisedAndAMarginReaffirmed()
    {
        var g = Guidance("""
            |ACME raises its outlook: full-year 2007 diluted EPS is now expected to be in the range of $2.10 to $2.20.
            |The company reaffirms its guidance of gross margin of approximately 64%, plus or minus 50 basis points.
            """);
        Assert.Equal(2, g.Count);
        Assert.Equal(("diluted EPS", 2.10m, 2.20m, Unit.UsdPerShare, GuidanceChange.Raised), (g[0].Measure, g[0].Low!.Value, g[0].High!.Value, g[0].Unit, g[0].Change));
        Assert.Equal((2007, 0), (g[0].Period.Year, g[0].Period.Quarter));
        Assert.Equal(("gross margin", 64m, 0.5m, true, GuidanceChange.Reaffirmed), (g[1].Measure, g[1].Point!.Value, g[1].Tolerance!.Value, g[1].Approximate, g[1].Change));
        Assert.Equal((63.5m, 64.5m), (g[1].LowerBound!.Value, g[1].UpperBound!.Value));
    }

    [Fact]
    public void LoweredNonGaapOutlookWithoutAPeriodIsForTheNextQuarter()
    {
        var g = Assert.Single(Guidance("|The company lowered its outlook and now expects non-GAAP operating income of $1.2 million."));
        Assert.Equal(("operating income", FactBasis.NonGaap, 1_200_000m, GuidanceChange.Lowered, 2007, 3), (g.Measure, g.Basis, g.Point!.Value, g.Change, g.Period.Year, g.Period.Quarter));
    }

    [Fact]
    public void AReportedFigureBesideTheOutlookAndADividendStayActual()
    {
        var r = Doc.Extract(Release("""
            |Revenue was $6.97 million, above the outlook of $6.5 million.
            |The company expects to pay a quarterly dividend of $0.04 per share on September 27, 2007.
            """));
        Assert.Empty(r.Disclosures.Guidance);
        Assert.DoesNotContain(r.Facts, f => f.Kind == FactKind.Guidance);
        Assert.Contains(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Value == 6_970_000m);
    }
}
