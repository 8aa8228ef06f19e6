using Tickmark.Checks;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Narrative;

/// <summary>Prose the corpus taught us: periods named relatively, comparatives, stated changes, ratios, parts.</summary>
public class ProseRelationTests
{
    private static Duration D(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    private static int Index(Extraction.ExtractionResult r, Fact f) => r.Facts.ToList().IndexOf(f);

    private static Fact At(Extraction.ExtractionResult r, string printed) =>
        r.Facts.Single(f => f.Origin == FactOrigin.Narrative && r.Document.Slice(f.Span) == printed);

    // A quarter of a calendar-year company, with its statement so that the fiscal calendar is known.
    private static string Release(string prose) => $$"""
        |    ACME Corp. Reports Second Quarter 2007 Results
        |
        {{prose}}
        |
        |              STATEMENTS OF OPERATIONS (in thousands)
        |                          Three Months Ended   Six Months Ended
        |                               June 30,            June 30,
        |                            2007      2006      2007      2006
        |Revenues                  $ 6,974   $ 5,637   $13,559   $10,906
        |Cost of revenues            1,922     1,669     4,017     3,359
        |                          -------   -------   -------   -------
        |Gross profit                5,052     3,968     9,542     7,547
        |Operating expenses          5,319     4,953    10,845     9,303
        |                          -------   -------   -------   -------
        |Net loss                     (267)     (985)   (1,303)   (1,756)
        """;

    [Fact]
    public void PreviousQuarterAYearAgoAndAQuarterWithoutItsYear()
    {
        var r = Doc.Extract(Release("""
            |Revenues for the second quarter were $6.97 million, up from $6.59 million in the
            |previous quarter and up from $5.64 million a year ago. Revenues for the six
            |months ended June 30, 2007 were $13.56 million, up from $10.91 million in the
            |comparable period last year.
            """));
        Assert.Equal(D("2007-04-01", "2007-06-30"), At(r, "6.97").Period);
        Assert.Equal(D("2007-01-01", "2007-03-31"), At(r, "6.59").Period);
        Assert.Equal(D("2006-04-01", "2006-06-30"), At(r, "5.64").Period);
        Assert.Equal(D("2006-01-01", "2006-06-30"), At(r, "10.91").Period);
        Assert.Equal(LinkKind.ComparativeOf, At(r, "10.91").Link?.Kind);
    }

    [Fact]
    public void AComparisonPhraseDoesNotMoveTheSentencesPeriod()
    {
        // "compared with ... in the first quarter" names the comparative; "the same period a year ago" counts from the second quarter.
        var r = Doc.Extract(Release("""
            |Net loss in the second quarter of 2007 was $0.27 million, compared with a net loss
            |of $0.40 million in the first quarter and a net loss of $0.99 million in the same
            |period a year ago. Relative to the second quarter of 2006, revenues grew by 24% to
            |$6.97 million.
            """));
        Assert.Equal(D("2007-01-01", "2007-03-31"), At(r, "0.40").Period);
        Assert.Equal(D("2006-04-01", "2006-06-30"), At(r, "0.99").Period);
        Assert.Equal(D("2007-04-01", "2007-06-30"), At(r, "6.97").Period);
    }

    [Fact]
    public void StatedChangesAreLinkedAndRecomputed()
    {
        var r = Doc.Extract(Release("""
            |Total revenues increased 24% to $6.97 million from $5.64 million for the second
            |quarter of 2006. Gross margin was $5.05 million, or 72.4% of revenues. Net loss
            |was $0.27 million, down $0.72 million from $0.99 million a year ago.
            """));
        var change = At(r, "24%");
        Assert.Equal(LinkKind.ChangeOf, change.Link?.Kind);
        Assert.Equal([Index(r, At(r, "6.97")), Index(r, At(r, "5.64"))], change.Link!.Facts);
        Assert.Equal(1, change.Link.Direction);
        Assert.Equal(LinkKind.RatioOf, At(r, "72.4%").Link?.Kind);
        Assert.Equal(Unit.Usd, At(r, "0.72").Unit);
        Assert.Equal(-1, At(r, "0.72").Link?.Direction);
        // 6,974 against 5,637 is +23.7%; 5,052 of 6,974 is 72.4%; 0.27 - 0.99 is -0.72.
        Assert.Contains(r.Checks, c => c.Rule == "change" && c.Status == CheckStatus.Pass && c.Facts[0] == Index(r, change));
        Assert.Contains(r.Checks, c => c.Rule == "ratio" && c.Status == CheckStatus.Pass);
        Assert.Contains(r.Checks, c => c.Rule == "change" && c.Status != CheckStatus.Fail && c.Facts[0] == Index(r, At(r, "0.72")));
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Theory]
    [InlineData("increased 24%", "increased 34%", "change")]
    [InlineData("or 72.4% of revenues", "or 82.4% of revenues", "ratio")]
    [InlineData("increased 24%", "decreased 24%", "change")]
    public void AWrongChangeOrRatioFails(string printed, string changed, string rule)
    {
        var prose = """
            |Total revenues increased 24% to $6.97 million from $5.64 million for the second
            |quarter of 2006. Gross margin was $5.05 million, or 72.4% of revenues.
            """;
        var r = Doc.Extract(Release(prose.Replace(printed, changed)));
        Assert.Contains(r.Checks, c => c.Rule == rule && c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void AYearOverYearChangeTakesTheComparativeAYearBefore()
    {
        var r = Doc.Extract(Release("""
            |Total deposits increased 18% year over year to $1.20 billion at June 30, 2007,
            |compared to $1.15 billion at March 31, 2007, and $1.02 billion at June 30, 2006.
            """));
        var link = At(r, "18%").Link!;
        Assert.Equal(Index(r, At(r, "1.02")), link.Facts[1]);
        Assert.Equal("total deposits", At(r, "1.20").Measure);
    }

    [Theory]
    // United States + outside = total; a mutated region breaks the sum.
    [InlineData("$5.01", CheckStatus.Pass)]
    [InlineData("$6.01", CheckStatus.Fail)]
    public void RegionsAddUpToTheTotal(string us, CheckStatus expected)
    {
        var r = Doc.Extract(Release($"""
            |Total revenues for the second quarter of 2007 were $6.97 million. Revenues in the
            |United States were {us} million and revenues outside of the United States were
            |$1.96 million. Global sales of embolic products were $5.92 million.
            """));
        var parts = r.Checks.Where(c => c.Rule == "parts").ToList();
        Assert.Equal(expected, parts.Single(c => c.Facts.Count == 3).Status);
        Assert.Contains(parts, c => c.Facts.Count == 2 && c.Status == CheckStatus.Pass);
    }

    [Fact]
    public void APartNeverExceedsItsWhole()
    {
        var r = Doc.Extract(Release("""
            |Total revenues for the second quarter of 2007 were $6.97 million. Global sales of
            |embolic products were $7.92 million.
            """));
        Assert.Equal(CheckStatus.Fail, Assert.Single(r.Checks, c => c.Rule == "parts").Status);
    }

    [Fact]
    public void InAListEachFigureTakesThePhraseAfterIt()
    {
        var r = Doc.Extract(Release("""
            |Net loss was $0.27 million in the second quarter of 2007, $0.40 million in the
            |immediate prior quarter, and $0.99 million in the second quarter of 2006.
            """));
        Assert.Equal(D("2007-04-01", "2007-06-30"), At(r, "0.27").Period);
        Assert.Equal(D("2007-01-01", "2007-03-31"), At(r, "0.40").Period);
        Assert.Equal(D("2006-04-01", "2006-06-30"), At(r, "0.99").Period);
    }

    [Fact]
    public void AChangeFromTheFigureRightAfterItMeasuresAgainstThatFigure()
    {
        var r = Doc.Extract(Release("""
            |Equity decreased 4% to $122.2 million at June 30, 2007 compared to $127.4 million
            |at March 31, 2007 and decreased 5% from $128.1 million at June 30, 2006.
            """));
        Assert.Equal(Index(r, At(r, "128.1")), At(r, "5%").Link!.Facts[1]);
        Assert.Equal(Index(r, At(r, "127.4")), At(r, "4%").Link!.Facts[1]);
        Assert.DoesNotContain(r.Checks, c => c.Rule == "change" && c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void ANewSubjectAfterAComparisonIsNoComparativeAndFiscalYearIsTheYear()
    {
        var r = Doc.Extract(Release("""
            |Second-quarter revenue was $6.97 million. For the fiscal year, revenue is expected
            |to be $27.00 million. Net loss per share was $0.02, up 5% compared to last year while the
            |adjusted net loss per share was $0.01, up 7%.
            """));
        Assert.Null(At(r, "0.01").Link);
        Assert.Equal(D("2007-04-01", "2007-06-30"), At(r, "6.97").Period);
        Assert.Equal(D("2007-01-01", "2007-12-31"), At(r, "27.00").Period);
    }
}
