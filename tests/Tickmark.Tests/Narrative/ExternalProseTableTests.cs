using System.Text;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Narrative;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// Prose figures of releases that are not in the repo (bench/prose measures them whole): one table of sentences per
/// failure seen there, each excerpt typed from the document (bench/tables/releases.tsv names the filings). Without the
/// statements an excerpt's 52/53-week dates are not snapped, so a row gives a period only where the calendar is plain
/// months; elsewhere it says whether the figure is a balance (an instant) or a flow. The sentences with figures are as
/// printed (straight quotes for curly ones); each dateline is given in a wire form so that the excerpt names its date.
/// </summary>
public class ExternalProseTableTests
{
    // Caterpillar, first quarter 2022 (EX-99.1 of 0000018230-22-000107): calendar quarters.
    private const string Cat = """
        Caterpillar Reports First-Quarter 2022 Results

        DEERFIELD, Ill., April 28, 2022 /PRNewswire/ -- Caterpillar Inc. (NYSE: CAT) announced first-quarter 2022 sales and revenues of $13.6 billion, a 14% increase compared with $11.9 billion in the first quarter of 2021.

        For the three months ended March 31, 2022, enterprise operating cash flow was $0.3 billion and the company ended the first quarter with $6.5 billion of enterprise cash.

        Dealers increased inventories by $1.3 billion during the first quarter of 2022, compared with an increase of $700 million during the first quarter of 2021.
        """;

    // Southern Company, fourth quarter 2006 (EX-99.01 of 0000092122-07-000008): calendar year.
    private const string Southern = """
        2006 Southern Company earnings bolstered by strong economy, customer growth

        ATLANTA, Jan. 25, 2007 /PRNewswire/ -- Citing continued economic strength and a growing customer base in the Southeast, Southern Company today reported full-year 2006 earnings of $1.57 billion, or $2.12 a share.

        Fourth quarter revenues were $3.15 billion, compared with $3.29 billion in the same period a year earlier, a decrease of 4.2 percent. Revenues for the full year were $14.36 billion, compared with $13.56 billion in 2005, a 5.9 percent increase.
        """;

    // Adobe, first quarter of fiscal 2023 (EX-99.1 of 0000796343-23-000044): the quarter ended March 3, 2023.
    private const string Adobe = """
        Adobe Reports Record Revenue in Q1 Fiscal 2023

        SAN JOSE, Calif., March 15, 2023 /PRNewswire/ -- Adobe (Nasdaq:ADBE) today reported financial results for its first quarter fiscal year 2023 ended March 3, 2023.

        • Adobe achieved revenue of $4.66 billion in its first quarter of fiscal year 2023, which represents 9 percent year-over-year growth or 13 percent in constant currency. Diluted earnings per share was $2.71 on a GAAP basis and $3.80 on a non-GAAP basis.

        • Remaining Performance Obligations ("RPO") exiting the quarter were $15.21 billion.

        • Net new Digital Media Annualized Recurring Revenue ("ARR") was $410 million, exiting the quarter with Digital Media ARR of $13.67 billion.
        """;

    // Sears, Roebuck and Co., second quarter 2004 (EX-99 of 0000891092-04-003383): the quarter ended July 3, 2004.
    private const string Sears = """
        Sears Reports Second Quarter 2004 Results

        HOFFMAN ESTATES, Ill., July 22, 2004 /PRNewswire-FirstCall/ -- Sears, Roebuck and Co. (NYSE: S) today reported net income of $53 million, or $0.24 per share on an average base of 216.5 million common equivalent shares, for the second quarter ended July 3, 2004, compared with net income of $309 million, or $1.04 per share on an average base of 298.0 million common equivalent shares in the second quarter of 2003.

        As a result of the sale of the domestic Credit and Financial Products business in November 2003 and related liability management actions, the company's domestic term debt position has been reduced to $2.9 billion as of the end of the current fiscal year quarter, down from $23.9 billion at the prior year quarter end and $5.3 billion at year end.
        """;

    // Apple Computer, third quarter of fiscal 2004 (EX-99.1 of 0001104659-04-019574).
    private const string Apple = """
        Apple Reports Third Quarter Results

        CUPERTINO, California--(BUSINESS WIRE)--July 14, 2004--Apple today announced financial results for its fiscal 2004 third quarter ended June 26, 2004. For the quarter, the Company posted a net profit of $61 million, or $.16 per diluted share. These results compare to a net profit of $19 million, or $.05 per diluted share, in the year-ago quarter. Apple shipped 876 thousand Macintosh® units and 860 thousand iPods during the quarter, representing a 14 percent increase in CPU units and a 183 percent increase in iPods over the year-ago quarter.
        """;

    // Oracle, fourth quarter of fiscal 2022 (EX-99.1 of 0001564590-22-023099): EDGAR lays each bullet out as a one-row table of '•' and its text.
    private const string OracleHtml = """
        <html><body>
        <p>Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year Financial Results</p>
        <table><tr><td>&#8226;</td><td><p>Q4 GAAP Earnings per Share $1.16, Non-GAAP Earnings per Share $1.54 </p></td></tr></table>
        <table><tr><td>&#8226;</td><td><p>Total Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency</p></td></tr></table>
        <p>AUSTIN, Texas, June 13, 2022 /PRNewswire/ -- Oracle Corporation (NYSE: ORCL) today announced fiscal 2022 Q4 results. Total quarterly revenues were up 5% year-over-year in USD and up 10% in constant currency to $11.8 billion.</p>
        </body></html>
        """;

    public static TheoryData<string, string, string, string, double, string, string?, string?> Rows => new()
    {
        // "ended the first quarter with $X of Y" is held at the quarter's end; an amount a balance changed by is a flow.
        { Cat, "cat.txt", "ended the first quarter with $6.5 billion", "6.5", 6_500_000_000, "USD", "@", "2022-03-31" },
        { Cat, "cat.txt", "Dealers increased inventories by $1.3 billion", "1.3", 1_300_000_000, "USD", "2022-01-01", "2022-03-31" },
        { Cat, "cat.txt", "compared with an increase of $700 million", "700", 700_000_000, "USD", "2021-01-01", "2021-03-31" },
        // A change word after the number: "a 14% increase", "a 5.9 percent increase" take the current period, not the comparative's.
        { Cat, "cat.txt", "a 14% increase", "14%", 14, "%", "2022-01-01", "2022-03-31" },
        { Southern, "so.txt", "a 5.9 percent increase", "5.9", 5.9, "%", "2006-01-01", "2006-12-31" },
        // The same measure on another basis keeps its per-share unit.
        { Adobe, "adbe.txt", "and $3.80 on a non-GAAP basis", "3.80", 3.80, "USD/share", null, null },
        // Remaining performance obligations and ARR are balances at the quarter's end; net new ARR is the quarter's.
        { Adobe, "adbe.txt", "exiting the quarter were $15.21 billion", "15.21", 15_210_000_000, "USD", "instant", null },
        { Adobe, "adbe.txt", "Digital Media ARR of $13.67 billion", "13.67", 13_670_000_000, "USD", "instant", null },
        { Adobe, "adbe.txt", "was $410 million, exiting", "410", 410_000_000, "USD", "flow", null },
        // Share counts with more adjectives than "common".
        { Sears, "sears.txt", "216.5 million common equivalent shares", "216.5", 216_500_000, "shares", null, null },
        // "as of the end of the current fiscal year quarter" is the quarter's end, not the year's.
        { Sears, "sears.txt", "reduced to $2.9 billion", "2.9", 2_900_000_000, "USD", "@", "2004-07-03" },
        // A dollar amount printed without its leading zero; counts of products after "shipped" and after "and".
        { Apple, "aapl.txt", "or $.16 per diluted share", ".16", 0.16, "USD/share", null, null },
        { Apple, "aapl.txt", "or $.05 per diluted share", ".05", 0.05, "USD/share", null, null },
        { Apple, "aapl.txt", "shipped 876 thousand", "876", 876_000, "pure", null, null },
        { Apple, "aapl.txt", "and 860 thousand iPods", "860", 860_000, "pure", null, null },
        // Bullets laid out as one-row tables are bullets, not headings (without the statements the excerpt's fiscal year, ending May 31, is not known).
        { OracleHtml, "orcl.htm", "Earnings per Share $1.16", "1.16", 1.16, "USD/share", null, null },
        { OracleHtml, "orcl.htm", "Non-GAAP Earnings per Share $1.54", "1.54", 1.54, "USD/share", null, null },
        { OracleHtml, "orcl.htm", "Total Q4 Revenue $11.8 billion", "11.8", 11_800_000_000, "USD", null, null },
    };

    /// <summary>
    /// <paramref name="start"/> is a date (with <paramref name="end"/> a span), "@" (an instant at <paramref name="end"/>),
    /// "flow" (a span), "instant" (any instant), or null (the period is not checked).
    /// </summary>
    [Theory, MemberData(nameof(Rows))]
    public void ExternalSentences(string release, string name, string context, string printed, double value, string unit, string? start, string? end)
    {
        var fact = Find(release, name, context, printed);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit.ToJsonName());
        switch (start)
        {
            case null: break;
            case "@": Assert.Equal(new Instant(DateOnly.Parse(end!)), fact.Period); break;
            case "flow": Assert.IsType<Duration>(fact.Period); break;
            case "instant": Assert.IsType<Instant>(fact.Period); break;
            default: Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end!)), fact.Period); break;
        }
    }

    /// <summary>Measures carry neither the bullet glyph nor the verb of "which represents 9 percent ... growth".</summary>
    [Theory]
    [InlineData("exiting the quarter were $15.21 billion", "15.21", "remaining performance obligations")]
    [InlineData("which represents 9 percent", "9", "change")]
    public void MeasuresLeaveOutBulletsAndVerbs(string context, string printed, string measure)
    {
        var fact = Find(Adobe, "adbe.txt", context, printed);
        Assert.DoesNotContain("\u2022", fact.Measure);
        Assert.DoesNotContain("represents", fact.Measure);
        Assert.Contains(measure, fact.Measure);
    }

    /// <summary>
    /// "and $5.3 billion at year end" in Sears' second-quarter release (the quarter ended July 3, 2004) is the last year end
    /// the release can report, not the year end ahead; a fourth-quarter release's "at year end" is its own year's end.
    /// </summary>
    [Theory]
    [InlineData(2, "2003-12-31")]
    [InlineData(4, "2004-12-31")]
    public void AtYearEndIsTheLastYearEnd(int quarter, string date)
    {
        var fiscal = new Tickmark.Releases.FiscalPeriod(2004, quarter, quarter == 2 ? new DateOnly(2004, 6, 30) : new DateOnly(2004, 12, 31));
        var phrase = Assert.Single(NarrativePeriodReader.Find("down from $23.9 billion and $5.3 billion at year end.", new FiscalCalendar(fiscal, [])));
        Assert.Equal(new Instant(DateOnly.Parse(date)), phrase.Period);
    }

    private static Fact Find(string release, string name, string context, string printed)
    {
        var r = new Extractor().ExtractBytes(name, Encoding.UTF8.GetBytes(release));
        var text = r.Document.Text;
        var at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{context}' is in the excerpt");
        var figure = text.IndexOf(printed, at, StringComparison.Ordinal);
        return Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
    }
}
