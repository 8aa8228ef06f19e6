using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// One table of sentences from real releases for each general failure of the prose reader (issue 11): per-share
/// words before the number; a fourth-quarter release's quarter and full year side by side; a dateline that names
/// another year than the fiscal year reported; balances at an instant; a stated change in the current period.
/// Every expected value, unit and period is typed from the document (fiscal calendars from its statements).
/// </summary>
public class ProseFailureTableTests
{
    // NVIDIA fiscal 2024 (NVDA_FY2024Q4_newsroom.html): Q4 = Oct 30, 2023 - Jan 28, 2024; the year = Jan 30, 2023 - Jan 28, 2024.
    private const string Nvda = "html/NVDA_FY2024Q4_newsroom.html";
    // Asta Funding (ASTAFUNDING_FY2004Q4_ex991.txt): fiscal years end September 30; the dateline prints "NOVEMBER 23, 2003".
    private const string Asta = "text/ASTAFUNDING_FY2004Q4_ex991.txt";

    public static TheoryData<string, string, string, double, string, string, string?> PerShareWordsBefore => new()
    {
        { Nvda, "For the quarter, GAAP earnings per diluted share was $4.93", "4.93", 4.93, "USD/share", "2023-10-30", "2024-01-28" },
        { Nvda, "Non-GAAP earnings per diluted share was $5.16", "5.16", 5.16, "USD/share", "2023-10-30", "2024-01-28" },
        { Asta, "Fiscal 2004 EPS of $1.57 per diluted share", "1.57", 1.57, "USD/share", "2003-10-01", "2004-09-30" },
        { "text/HORIZONFIN_FY2007Q1_8kbody.txt", "earnings per diluted share growing 24% to $0.46", "0.46", 0.46, "USD/share", "2006-04-01", "2006-06-30" },
    };

    public static TheoryData<string, string, string, double, string, string, string?> QuarterAndYearSideBySide => new()
    {
        { Nvda, "(NASDAQ: NVDA) today reported revenue for the fourth quarter ended January 28, 2024, of $22.1 billion", "22.1", 22_100_000_000, "USD", "2023-10-30", "2024-01-28" },
        { Nvda, "For fiscal 2024, revenue was up 126% to $60.9 billion", "60.9", 60_900_000_000, "USD", "2023-01-30", "2024-01-28" },
        { Nvda, "For fiscal 2024, revenue was up 126% to $60.9 billion. GAAP earnings per diluted share was $11.93", "11.93", 11.93, "USD/share", "2023-01-30", "2024-01-28" },
        { Nvda, "Non-GAAP earnings per diluted share was $12.96", "12.96", 12.96, "USD/share", "2023-01-30", "2024-01-28" },
        // HORIZONFIN_FY2006Q4 lines 116-119 (fiscal years end March 31): "For the year" in a fourth-quarter release is the fiscal year.
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "For\nthe year, net income was $15.7 million", "15.7", 15_700_000, "USD", "2005-04-01", "2006-03-31" },
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "versus $13.1 million in the preceding\nyear", "13.1", 13_100_000, "USD", "2004-04-01", "2005-03-31" },
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "with earnings per diluted share growing 24% to $1.56", "1.56", 1.56, "USD/share", "2005-04-01", "2006-03-31" },
        // HORIZONFIN_FY2006Q4 line 231: no phrase of its own, set against a comparative of fiscal 2005: fiscal 2006, not the quarter.
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "Non-interest expense increased 15% to $25.8 million, from $22.4 million in\nfiscal 2005", "25.8", 25_800_000, "USD", "2005-04-01", "2006-03-31" },
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "Non-interest expense increased 15% to $25.8 million, from $22.4 million in\nfiscal 2005", "22.4", 22_400_000, "USD", "2004-04-01", "2005-03-31" },
        // HORIZONFIN_FY2008Q4 lines 193-194: the current quarter's change, then the year's.
        { "text/HORIZONFIN_FY2008Q4_8kbody.txt", "increased 8% for the year", "8%", 8, "%", "2007-04-01", "2008-03-31" },
    };

    public static TheoryData<string, string, string, double, string, string, string?> DatelineOfAnotherYear => new()
    {
        { Asta, "Net income for the year ended September 30, 2004, rose 92% to $22,237,000", "22,237,000", 22_237_000, "USD", "2003-10-01", "2004-09-30" },
        { Asta, "from $11,574,000 or $1.13 per diluted share, in the\nsame prior year period", "11,574,000", 11_574_000, "USD", "2002-10-01", "2003-09-30" },
        { Asta, "from $11,574,000 or $1.13 per diluted share, in the\nsame prior year period", "1.13", 1.13, "USD/share", "2002-10-01", "2003-09-30" },
    };

    public static TheoryData<string, string, string, double, string, string, string?> BalancesAtAnInstant => new()
    {
        // HORIZONFIN_FY2007Q1 line 216 (quarter ends June 30, 2006).
        { "text/HORIZONFIN_FY2007Q1_8kbody.txt", "At quarter-end, book value was $11.64 per share, compared to $10.79", "11.64", 11.64, "USD/share", "2006-06-30", null },
        { "text/HORIZONFIN_FY2007Q1_8kbody.txt", "At quarter-end, book value was $11.64 per share, compared to $10.79", "10.79", 10.79, "USD/share", "2005-06-30", null },
        // HORIZONFIN_FY2008Q4 lines 310-311.
        { "text/HORIZONFIN_FY2008Q4_8kbody.txt", "At March 31, 2008, Horizon's book value was $10.79 per share compared to\n$10.11 per share a year earlier", "10.79", 10.79, "USD/share", "2008-03-31", null },
        { "text/HORIZONFIN_FY2008Q4_8kbody.txt", "At March 31, 2008, Horizon's book value was $10.79 per share compared to\n$10.11 per share a year earlier", "10.11", 10.11, "USD/share", "2007-03-31", null },
    };

    public static TheoryData<string, string, string, double, string, string, string?> ChangeInTheCurrentPeriod => new()
    {
        { Nvda, "(NASDAQ: NVDA) today reported revenue for the fourth quarter ended January 28, 2024, of $22.1 billion, up 22% from the previous quarter", "22%", 22, "%", "2023-10-30", "2024-01-28" },
        { Nvda, "GAAP earnings per diluted share was $11.93, up 586% from a year ago", "586%", 586, "%", "2023-01-30", "2024-01-28" },
        { Asta, "Net income for the year ended September 30, 2004, rose 92% to", "92%", 92, "%", "2003-10-01", "2004-09-30" },
    };

    /// <summary>A percentage and its comparative after "from" (HORIZONFIN_FY2006Q4 lines 241-243, fiscal years end March 31;
    /// PERICOM_FY2007Q3 lines 10-11, quarters of 13 weeks: Q3 FY2007 ends Dec 30, 2006, Q2 ended Sep 30, 2006).</summary>
    public static TheoryData<string, string, string, double, string, string, string?> PercentComparatives => new()
    {
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "efficiency ratio improved to 50.6%, from 52.7% in\nfiscal 2005", "50.6", 50.6, "%", "2005-04-01", "2006-03-31" },
        { "text/HORIZONFIN_FY2006Q4_8kbody.txt", "efficiency ratio improved to 50.6%, from 52.7% in\nfiscal 2005", "52.7", 52.7, "%", "2004-04-01", "2005-03-31" },
        { "text/PERICOM_FY2007Q3_ex991.txt", "Gross margin was 33.9\npercent, down from 34.6 percent last quarter", "33.9", 33.9, "%", "2006-10-01", "2006-12-30" },
        { "text/PERICOM_FY2007Q3_ex991.txt", "Gross margin was 33.9\npercent, down from 34.6 percent last quarter", "34.6", 34.6, "%", "2006-07-02", "2006-09-30" },
    };

    [Theory, MemberData(nameof(PercentComparatives))]
    public void APercentageAndItsComparative(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    [Theory, MemberData(nameof(PerShareWordsBefore))]
    public void PerShareWordsBeforeTheNumber(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    [Theory, MemberData(nameof(QuarterAndYearSideBySide))]
    public void AFourthQuarterReleasesQuarterAndYear(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    [Theory, MemberData(nameof(DatelineOfAnotherYear))]
    public void ADatelineOfAnotherYearDatesNothing(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    [Theory, MemberData(nameof(BalancesAtAnInstant))]
    public void BalancesAreAtAnInstant(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    [Theory, MemberData(nameof(ChangeInTheCurrentPeriod))]
    public void AStatedChangeIsTheCurrentPeriods(string file, string context, string printed, double value, string unit, string start, string? end) =>
        Check(file, context, printed, value, unit, start, end);

    /// <summary>
    /// A comparative with no words of its own is named like the figure it is compared with; in a list closed by
    /// "respectively" the k-th figure pairs with the k-th measure; a list that pairs with periods keeps one measure.
    /// </summary>
    [Theory]
    // HORIZONFIN_FY2008Q4 lines 239-241.
    [InlineData("text/HORIZONFIN_FY2008Q4_8kbody.txt", "compared to 16.11% and 1.57%, respectively", "16.11", "return on average equity")]
    [InlineData("text/HORIZONFIN_FY2008Q4_8kbody.txt", "compared to 16.11% and 1.57%, respectively", "1.57", "return on average assets")]
    // HORIZONFIN_FY2007Q1 lines 116-118.
    [InlineData("text/HORIZONFIN_FY2007Q1_8kbody.txt", "from 13.9%, and\n1.47%, respectively", "13.9", "return on average equity (roe)")]
    [InlineData("text/HORIZONFIN_FY2007Q1_8kbody.txt", "from 13.9%, and\n1.47%, respectively", "1.47", "return on average assets (roa)")]
    // HORIZONFIN_FY2006Q4 lines 202-204: both comparatives are NPAs', at two dates.
    [InlineData("text/HORIZONFIN_FY2006Q4_8kbody.txt", "compared to 0.12% and 0.15% of total\nassets", "0.12", "npas were just")]
    [InlineData("text/HORIZONFIN_FY2006Q4_8kbody.txt", "compared to 0.12% and 0.15% of total\nassets", "0.15", "npas were just")]
    public void AComparativeIsNamedLikeItsFigure(string file, string context, string printed, string measure)
    {
        var fact = Find(file, context, printed);
        Assert.EndsWith(measure, fact.Measure);
    }

    private static readonly Dictionary<string, ExtractionResult> Read = new();

    private static Fact Find(string file, string context, string printed)
    {
        ExtractionResult r;
        lock (Read)
            if (!Read.TryGetValue(file, out r!)) Read[file] = r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, file));
        var at = r.Document.Text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{context}' is in {file}");
        var figure = r.Document.Text.IndexOf(printed, at, StringComparison.Ordinal);
        return Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
    }

    private static void Check(string file, string context, string printed, double value, string unit, string start, string? end)
    {
        ExtractionResult r;
        lock (Read)
            if (!Read.TryGetValue(file, out r!)) Read[file] = r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, file));
        var text = r.Document.Text;
        var at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{context}' is in {file}");
        var figure = text.IndexOf(printed, at, StringComparison.Ordinal);
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit.ToJsonName());
        Period expected = end is null ? new Instant(DateOnly.Parse(start)) : new Duration(DateOnly.Parse(start), DateOnly.Parse(end));
        Assert.Equal(expected, fact.Period);
    }
}
