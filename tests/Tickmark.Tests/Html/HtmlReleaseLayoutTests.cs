using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Tests.Html;

/// <summary>
/// Layouts of real HTML releases (issue 17), each typed from the document it names: an excerpt
/// of its markup (styles trimmed), or the corpus file itself.
/// </summary>
public class HtmlReleaseLayoutTests
{
    private static ExtractionResult Extract(string body) =>
        new Extractor().Extract(SourceDocument.FromText("<html><body>\n" + body + "\n</body></html>", "page.htm"));

    private static ExtractionResult Corpus(string file) => new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", file));

    private static Duration D(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    /// <summary>
    /// NVIDIA, fourth quarter of fiscal 2023 (corpus): a summary table whose Q/Q and Y/Y columns
    /// print "Up 2%", "Down 21%", "Down 2.1 pts" and "--": changes in percent, of the current quarter.
    /// </summary>
    [Fact]
    public void ChangesPrintedInWordsAreSignedPercentagesOfTheCurrentQuarter()
    {
        var r = Corpus("NVDA_FY2023Q4_newsroom.html");
        var s = r.Statements[0];
        Assert.Equal(["Q4 FY23", "Q3 FY23", "Q4 FY22", "Q/Q", "Y/Y"], s.Columns.Select(c => c.Heading));
        Assert.True(s.Columns[3].IsChange && s.Columns[4].IsChange);
        var quarter = D("2022-10-31", "2023-01-29");
        Assert.Equal(quarter, s.Columns[0].Period);
        Fact Change(string label, int column) => r.Facts.Single(f => f.StatementIndex == 0 && f.Label == label && f.Column == column);
        var up = Change("Revenue", 3);
        Assert.Equal((2m, Unit.Percent, quarter), (up.Value, up.Unit, up.Period));
        Assert.Equal("Q/Q", up.Dimensions["change"]);
        Assert.Equal(-21m, Change("Revenue", 4).Value);
        Assert.Equal("Y/Y", Change("Revenue", 4).Dimensions["change"]);
        Assert.Equal((-2.1m, Unit.Percent), (Change("Gross margin", 4).Value, Change("Gross margin", 4).Unit));
        Assert.Equal((0m, Unit.Percent), (Change("Operating expenses", 3).Value, Change("Operating expenses", 3).Unit));
        Assert.Equal("21%", r.Document.Slice(Change("Revenue", 4).Span));
    }

    /// <summary>NVIDIA, third quarter of fiscal 2024 (corpus): "Q3 FY23" and the "Q/Q" beside it are two columns' headings, not one.</summary>
    [Fact]
    public void AHeadingBesideAnotherColumnsHeadingKeepsToItsOwnColumn()
    {
        var r = Corpus("NVDA_FY2024Q3_newsroom.html");
        var s = r.Statements[0];
        Assert.Equal("Q3 FY23", s.Columns[2].Heading);
        Assert.Equal(D("2022-08-01", "2022-10-30"), s.Columns[2].Period);
        Assert.Equal(5_931_000_000m, r.Facts.Single(f => f.StatementIndex == 0 && f.Label == "Revenue" && f.Column == 2).Value);
        Assert.Equal(206m, r.Facts.Single(f => f.StatementIndex == 0 && f.Label == "Revenue" && f.Column == 4).Value);
    }

    /// <summary>Apple, first quarter of fiscal 2024 (EDGAR 0000320193-24-000005, EX-99.1): shares in thousands, money in millions.</summary>
    [Fact]
    public void NumberOfSharesWhichAreReflectedInThousands()
    {
        var r = Extract("""
            <div>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</div>
            <div>(In millions, except number of shares, which are reflected in thousands, and per-share amounts)</div>
            <table>
            <tr><td></td><td colspan="3">Three Months Ended</td></tr>
            <tr><td></td><td colspan="3">December 30, 2023</td><td colspan="3">December 31, 2022</td></tr>
            <tr><td>Net income</td><td>$</td><td>33,916</td><td></td><td>$</td><td>29,998</td><td></td></tr>
            <tr><td>Earnings per share:</td></tr>
            <tr><td>Basic</td><td>$</td><td>2.19</td><td></td><td>$</td><td>1.89</td><td></td></tr>
            <tr><td>Diluted</td><td>$</td><td>2.18</td><td></td><td>$</td><td>1.88</td><td></td></tr>
            <tr><td>Shares used in computing earnings per share:</td></tr>
            <tr><td>Basic</td><td></td><td>15,509,763</td><td></td><td></td><td>15,892,723</td><td></td></tr>
            <tr><td>Diluted</td><td></td><td>15,576,641</td><td></td><td></td><td>15,955,718</td><td></td></tr>
            </table>
            """);
        Assert.Equal(33_916_000_000m, r.Facts.Single(f => f.Label == "Net income" && f.Column == 0).Value);
        var shares = r.Facts.Where(f => f.Unit == Unit.Shares).ToList();
        Assert.Equal([15_509_763_000m, 15_892_723_000m, 15_576_641_000m, 15_955_718_000m], shares.Select(f => f.Value));
        Assert.Equal(2.19m, r.Facts.Single(f => f.Label == "Basic" && f.Unit == Unit.UsdPerShare && f.Column == 0).Value);
    }

    /// <summary>
    /// Apple, third quarter of fiscal 2004 (EDGAR 0001104659-04-019574, EX-99.1): "(In millions,
    /// except share and per share amounts)" over the statement, "(in thousands)" beside the share rows only.
    /// </summary>
    [Fact]
    public void ANoteBesideTheShareRowsIsTheirs()
    {
        var r = Extract("""
            <p>UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
            <p>(In millions, except share and per share amounts)</p>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended</td></tr>
            <tr><td></td><td>June 26, 2004</td><td>June 28, 2003</td></tr>
            <tr><td>Net income</td><td>$ 61</td><td>$ 19</td></tr>
            <tr><td>Earnings per common share:</td></tr>
            <tr><td>Basic</td><td>$ 0.16</td><td>$ 0.05</td></tr>
            <tr><td>Diluted</td><td>$ 0.16</td><td>$ 0.05</td></tr>
            <tr><td>Shares used in computing earnings per share (in thousands):</td></tr>
            <tr><td>Basic</td><td>375,023</td><td>360,793</td></tr>
            <tr><td>Diluted</td><td>392,621</td><td>363,777</td></tr>
            </table>
            """);
        Assert.Equal(61_000_000m, r.Facts.Single(f => f.Label == "Net income" && f.Column == 0).Value);
        Assert.Equal([375_023_000m, 360_793_000m, 392_621_000m, 363_777_000m], r.Facts.Where(f => f.Unit == Unit.Shares).Select(f => f.Value));
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1): footnote marks
    /// raised by "position:relative; top:-3.15pt" after "Profit" and "— diluted" are no part of the label.
    /// </summary>
    [Fact]
    public void ARaisedFootnoteMarkIsNoPartOfTheLabel()
    {
        var r = Extract("""
            <div>Condensed Consolidated Statement of Results of Operations</div>
            <div>(Dollars in millions except per share data)</div>
            <table>
            <tr><td></td><td colspan="3">Three Months Ended March 31,</td></tr>
            <tr><td></td><td colspan="3">2022</td><td colspan="3">2021</td></tr>
            <tr><td><font style="font-size:9pt;font-weight:700">Profit </font><font style="font-size:5.85pt;font-weight:700;position:relative;top:-3.15pt;vertical-align:baseline">1</font></td><td>$</td><td>1,537&#160;</td><td></td><td>$</td><td>1,530&#160;</td><td></td></tr>
            <tr><td><div style="padding-left:6.75pt"><font style="font-size:9pt;font-weight:700;">Profit per common share &#8212; diluted </font><font style="font-size:5.85pt;font-weight:700;position:relative;top:-3.15pt;vertical-align:baseline">2</font></div></td><td>$</td><td>2.86&#160;</td><td></td><td>$</td><td>2.77&#160;</td><td></td></tr>
            </table>
            """);
        var profit = r.Facts.Single(f => f.Value == 1_537_000_000m);
        Assert.Equal("Profit", profit.Label);
        Assert.Equal("Profit per common share \u2014 diluted", r.Facts.Single(f => f.Value == 2.86m).Label);
    }

    /// <summary>Oracle, fourth quarter of fiscal 2014, and Horizon Financial, first quarter of fiscal 2009 (corpus): "(2)", "(3) (4)" and "(1)" after labels are marks.</summary>
    [Fact]
    public void FootnoteMarksAfterLabelsAreNoPartOfThem()
    {
        var oracle = Corpus("ORCL_FY2014Q4_ex991.htm");
        Assert.Contains(oracle.Facts, f => f.Label == "Acquisition related and other" && f.Value == 20_000_000m);
        Assert.Contains(oracle.Facts, f => f.Label == "TOTAL REVENUES" && f.Value == 11_320_000_000m);
        Assert.DoesNotContain(oracle.Facts, f => f.Origin == FactOrigin.Table && f.Label.EndsWith(')') && f.Label.Contains(" ("));
        var horizon = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "HORIZONFIN_FY2009Q1_8k.htm"));
        Assert.Contains(horizon.Facts, f => f.Label == "Commercial construction" && f.Value == 25_163_000m);
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1): the supplemental
    /// consolidating data heads its columns "Consolidated", "Financial Products"... with no dates; the
    /// title "For the Three Months Ended March 31, 2022" dates them all. The note marks "1" set in 6pt
    /// after the 9pt figures are no figures.
    /// </summary>
    [Fact]
    public void ColumnsWithoutDatesTakeTheTitlesPeriodAndSmallMarksAreNoFigures()
    {
        var r = Extract("""
            <div>Supplemental Data for Results of Operations</div>
            <div>For the Three Months Ended March 31, 2022</div>
            <div>(Millions of dollars)</div>
            <table>
            <tr><td></td><td colspan="2">Consolidated</td><td colspan="2">Machinery, Energy &amp; Transportation</td><td colspan="2">Financial Products</td><td colspan="2">Consolidating Adjustments</td><td></td></tr>
            <tr><td>Sales of Machinery, Energy &amp; Transportation</td><td>$</td><td><font style="font-size:9pt">12,886&#160;</font></td><td>$</td><td><font style="font-size:9pt">12,886&#160;</font></td><td>$</td><td><font style="font-size:9pt">&#8212;&#160;</font></td><td>$</td><td><font style="font-size:9pt">&#8212;&#160;</font></td><td></td></tr>
            <tr><td>Revenues of Financial Products</td><td></td><td><font style="font-size:9pt">703&#160;</font></td><td></td><td><font style="font-size:9pt">&#8212;&#160;</font></td><td></td><td><font style="font-size:9pt">813&#160;</font></td><td></td><td><font style="font-size:9pt">(110)</font></td><td><font style="font-size:6pt">1</font></td></tr>
            <tr><td>Total sales and revenues</td><td></td><td><font style="font-size:9pt">13,589&#160;</font></td><td></td><td><font style="font-size:9pt">12,886&#160;</font></td><td></td><td><font style="font-size:9pt">813&#160;</font></td><td></td><td><font style="font-size:9pt">(110)</font></td><td></td></tr>
            </table>
            """);
        var quarter = D("2022-01-01", "2022-03-31");
        var s = r.Statements.Single();
        Assert.Equal(4, s.Columns.Count);
        Assert.All(s.Columns, c => Assert.Equal(quarter, c.Period));
        var adjustment = r.Facts.Single(f => f.Label == "Revenues of Financial Products" && f.Column == 3);
        Assert.Equal((-110_000_000m, quarter), (adjustment.Value, adjustment.Period));
        Assert.DoesNotContain(r.Facts, f => f.Origin == FactOrigin.Table && f.Value is 1m or 1_000_000m);
        Assert.Equal(4, r.Facts.Count(f => f.Origin == FactOrigin.Table && f.Label == "Revenues of Financial Products"));
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1): sales by geographic
    /// region head their columns by region, with no dates; the rows "First Quarter 2022" and "First
    /// Quarter 2021" head the segments below them, and each row's figures take the period of its heading
    /// (the fiscal calendar read from the dated statement of results).
    /// </summary>
    [Fact]
    public void RowsHeadedByAPeriodGiveUndatedColumnsTheirPeriod()
    {
        var r = Extract("""
            <div>Condensed Consolidated Statement of Results of Operations</div>
            <div>(Dollars in millions except per share data)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
            <tr><td></td><td>2022</td><td>2021</td></tr>
            <tr><td>Sales and revenues:</td></tr>
            <tr><td>Sales of Machinery, Energy &amp; Transportation</td><td>$ 12,886</td><td>$ 11,191</td></tr>
            <tr><td>Revenues of Financial Products</td><td>703</td><td>696</td></tr>
            <tr><td>Total sales and revenues</td><td>13,589</td><td>11,887</td></tr>
            </table>
            <div>Sales and Revenues by Geographic Region</div>
            <table>
            <tr><td></td><td colspan="2">North America</td><td colspan="2">Latin America</td></tr>
            <tr><td>(Millions of dollars)</td><td>$</td><td>% Chg</td><td>$</td><td>% Chg</td></tr>
            <tr><td>First Quarter 2022</td></tr>
            <tr><td>Construction Industries</td><td>$ 2,720</td><td>28%</td><td>$ 627</td><td>60%</td></tr>
            <tr><td>Resource Industries</td><td>1,018</td><td>55%</td><td>399</td><td>(1%)</td></tr>
            <tr><td>First Quarter 2021</td></tr>
            <tr><td>Construction Industries</td><td>$ 2,126</td><td></td><td>$ 392</td><td></td></tr>
            <tr><td>Resource Industries</td><td>657</td><td></td><td>405</td><td></td></tr>
            </table>
            """);
        var q2022 = D("2022-01-01", "2022-03-31");
        var q2021 = D("2021-01-01", "2021-03-31");
        Period? Of(decimal value) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value).Period;
        Assert.Equal(q2022, Of(2_720_000_000m));
        Assert.Equal(q2022, Of(399_000_000m));
        Assert.Equal(q2021, Of(2_126_000_000m));
        Assert.Equal(q2021, Of(405_000_000m));
    }

    /// <summary>
    /// Adobe, first quarter of fiscal 2023 (EDGAR 0000796343-23-000044, EX-99.1), targets: "Second Quarter
    /// Fiscal 2023" spans the grid's columns 3-23 over "Low" (3-11) and "High" (21-29), but every row prints
    /// its high figure at columns 30-31 (the rows hold more columns than the headings). The figures under no
    /// heading are the "High" column's, and both ends of the range are of the quarter ending June 2, 2023
    /// (13 weeks after March 3, on the release's 52/53-week calendar).
    /// </summary>
    [Fact]
    public void TheHighEndOfATargetRangeDriftingRightOfItsHeadingIsOfTheRangesPeriod()
    {
        var r = Extract("""
            <p>SAN JOSE, Calif.--(BUSINESS WIRE)--March 15, 2023--Adobe (Nasdaq:ADBE) today reported financial results for its first quarter fiscal year 2023 ended March 3, 2023.</p>
            <div>Condensed Consolidated Statements of Income</div>
            <div>(In millions, except per share data; unaudited)</div>
            <table>
            <tr><td colspan="3"></td><td colspan="9">Three Months Ended</td></tr>
            <tr><td colspan="3"></td><td colspan="3">March 3, 2023</td><td colspan="3"></td><td colspan="3">March 4, 2022</td></tr>
            <tr><td colspan="3">Subscription</td><td>$</td><td>4,373</td><td></td><td colspan="3"></td><td>$</td><td>3,958</td><td></td></tr>
            <tr><td colspan="3">Product</td><td colspan="2">120</td><td></td><td colspan="3"></td><td colspan="2">145</td><td></td></tr>
            <tr><td colspan="3">Total revenue</td><td colspan="2">4,655</td><td></td><td colspan="3"></td><td colspan="2">4,262</td><td></td></tr>
            </table>
            <div>Non-GAAP Results</div>
            <table>
            <tr><td colspan="3">(Shares in millions)</td><td colspan="21">Second Quarter Fiscal 2023</td></tr>
            <tr><td colspan="3"></td><td colspan="9">Low</td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="9">High</td></tr>
            <tr><td colspan="3">Diluted net income per share:</td><td colspan="9"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="9"></td></tr>
            <tr><td colspan="3">GAAP diluted net income per share</td><td colspan="3">$</td><td colspan="2">2.65</td><td></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3">$</td><td colspan="2">2.70</td><td></td><td colspan="3"></td></tr>
            <tr><td colspan="3">Income tax adjustments</td><td colspan="3"></td><td colspan="2">(0.13)</td><td></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="2">(0.12)</td><td></td><td colspan="3"></td></tr>
            <tr><td colspan="3">Non-GAAP diluted net income per share</td><td colspan="3">$</td><td colspan="2">3.75</td><td></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3">$</td><td colspan="2">3.80</td><td></td><td colspan="3"></td></tr>
            <tr><td colspan="3">Shares used to compute diluted net income per share</td><td colspan="5">458</td><td></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td><td colspan="5">458</td><td></td><td colspan="3"></td></tr>
            </table>
            """);
        var q2 = D("2023-03-04", "2023-06-02");
        var gaap = r.Facts.Where(f => f.Origin == FactOrigin.Table && f.Label == "GAAP diluted net income per share").ToList();
        Assert.Equal([2.65m, 2.70m], gaap.Select(f => f.Value));
        Assert.All(gaap, f => Assert.Equal(q2, f.Period));
        Assert.Equal([-0.13m, -0.12m], r.Facts.Where(f => f.Label == "Income tax adjustments").Select(f => f.Value));
        var shares = r.Facts.Where(f => f.Label == "Shares used to compute diluted net income per share").ToList();
        Assert.Equal([458_000_000m, 458_000_000m], shares.Select(f => f.Value));
        Assert.All(shares, f => Assert.Equal(q2, f.Period));
        Assert.Equal(2, r.Statements.Single(s => s.Rows.Any(row => row.Label == "Non-GAAP diluted net income per share")).Columns.Count);
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1), Construction Industries'
    /// segment profit: the margin's change is printed "(1.8" in one cell and "pts)" in the next, a fall of
    /// 1.8 percentage points, not $1.8 million.
    /// </summary>
    [Fact]
    public void PercentagePointsPrintedInACellOfTheirOwnArePercent()
    {
        var r = Extract("""
            <div>Construction Industries</div>
            <table>
            <tr><td>Segment Profit</td></tr>
            <tr><td>(Millions of dollars)</td><td>First Quarter 2022</td><td>First Quarter 2021</td><td>$ Change</td><td>% Change</td></tr>
            <tr><td>Segment Profit</td><td>$</td><td>1,057</td><td>$</td><td>1,042</td><td>$</td><td>15</td><td>1</td><td>%</td></tr>
            <tr><td>Segment Profit Margin</td><td>17.3</td><td>%</td><td>19.1</td><td>%</td><td>(1.8</td><td>pts)</td></tr>
            </table>
            """);
        var margin = r.Facts.Where(f => f.Origin == FactOrigin.Table && f.Label == "Segment Profit Margin").ToList();
        Assert.Equal([17.3m, 19.1m, -1.8m], margin.Select(f => f.Value));
        Assert.All(margin, f => Assert.Equal(Unit.Percent, f.Unit));
        Assert.Equal(1_057_000_000m, r.Facts.First(f => f.Origin == FactOrigin.Table && f.Label == "Segment Profit").Value);
    }

    /// <summary>
    /// Apple, first quarter of fiscal 2024 (EDGAR 0000320193-24-000005, EX-99.1): "Cash, cash equivalents and
    /// restricted cash, beginning balances" is the balance the day before the quarter began, and the ending
    /// balances the balance on its last day.
    /// </summary>
    [Fact]
    public void BeginningBalancesAreTheDayBeforeThePeriod()
    {
        var r = Extract("""
            <div>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)</div>
            <div>(In millions)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended</td></tr>
            <tr><td></td><td>December 30, 2023</td><td>December 31, 2022</td></tr>
            <tr><td>Cash, cash equivalents and restricted cash, beginning balances</td><td>$ 30,737</td><td>$ 24,977</td></tr>
            <tr><td>Operating activities:</td></tr>
            <tr><td>Net income</td><td>33,916</td><td>29,998</td></tr>
            <tr><td>Cash generated by operating activities</td><td>39,895</td><td>34,005</td></tr>
            <tr><td>Cash, cash equivalents and restricted cash, ending balances</td><td>$ 41,974</td><td>$ 21,974</td></tr>
            </table>
            """);
        var beginning = r.Facts.First(f => f.Label == "Cash, cash equivalents and restricted cash, beginning balances");
        Assert.Equal(30_737_000_000m, beginning.Value);
        Assert.Equal(new Instant(new DateOnly(2023, 9, 30)), beginning.Period);
        var ending = r.Facts.First(f => f.Label == "Cash, cash equivalents and restricted cash, ending balances");
        Assert.Equal(new Instant(new DateOnly(2023, 12, 30)), ending.Period);
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1), the same table: the "% Chg"
    /// beside each region's dollars under "First Quarter 2022" is that quarter's change on the year before,
    /// so it takes the quarter the row heading names, as a change.
    /// </summary>
    [Fact]
    public void ChangesBesideUndatedColumnsTakeTheirRowHeadingsPeriod()
    {
        var r = Extract("""
            <div>Condensed Consolidated Statement of Results of Operations</div>
            <div>(Dollars in millions except per share data)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
            <tr><td></td><td>2022</td><td>2021</td></tr>
            <tr><td>Total sales and revenues</td><td>$ 13,589</td><td>$ 11,887</td></tr>
            <tr><td>Profit</td><td>1,537</td><td>1,530</td></tr>
            </table>
            <div>Sales and Revenues by Geographic Region</div>
            <table>
            <tr><td></td><td colspan="2">North America</td><td colspan="2">Latin America</td></tr>
            <tr><td>(Millions of dollars)</td><td>$</td><td>% Chg</td><td>$</td><td>% Chg</td></tr>
            <tr><td>First Quarter 2022</td></tr>
            <tr><td>Construction Industries</td><td>$ 2,720</td><td>28%</td><td>$ 627</td><td>60%</td></tr>
            <tr><td>Resource Industries</td><td>1,018</td><td>55%</td><td>399</td><td>(1%)</td></tr>
            <tr><td>First Quarter 2021</td></tr>
            <tr><td>Construction Industries</td><td>$ 2,126</td><td></td><td>$ 392</td><td></td></tr>
            </table>
            """);
        var q2022 = D("2022-01-01", "2022-03-31");
        var changes = r.Facts.Where(f => f.Origin == FactOrigin.Table && f.Unit == Unit.Percent).ToList();
        Assert.Equal([28m, 60m, 55m, -1m], changes.Select(f => f.Value));
        Assert.All(changes, f => Assert.Equal(q2022, f.Period));
        Assert.All(changes, f => Assert.True(f.Dimensions.ContainsKey("change")));
        Assert.Equal(D("2021-01-01", "2021-03-31"), r.Facts.Single(f => f.Value == 392_000_000m).Period);
    }

    /// <summary>
    /// Apple, first quarter of fiscal 2024 (EDGAR 0000320193-24-000005, EX-99.1): "Three Months Ended
    /// December 31, 2022" heads a quarter of 14 weeks, which only the prose says ("the Company's fiscal 2023
    /// first quarter had 14 weeks"): that column, and its figures, start on September 25, 2022.
    /// </summary>
    [Fact]
    public void AQuarterTheReleaseSaysHad14WeeksStartsAWeekEarlier()
    {
        var r = Extract("""
            <h1>Apple reports first quarter results</h1>
            <p>CUPERTINO, CALIFORNIA &#8212; Apple today announced financial results for its fiscal 2024 first quarter ended December 30, 2023.</p>
            <p>Based on the Company&#8217;s fiscal calendar, the Company&#8217;s fiscal 2024 first quarter had 13 weeks, while the Company&#8217;s fiscal 2023 first quarter had 14 weeks.</p>
            <div>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</div>
            <div>(In millions, except number of shares, which are reflected in thousands, and per-share amounts)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended</td></tr>
            <tr><td></td><td>December 30,<br>2023</td><td>December 31,<br>2022</td></tr>
            <tr><td>Net sales:</td></tr>
            <tr><td>Products</td><td>$ 96,458</td><td>$ 96,388</td></tr>
            <tr><td>Services</td><td>23,117</td><td>20,766</td></tr>
            <tr><td>Total net sales</td><td>119,575</td><td>117,154</td></tr>
            <tr><td>Net income</td><td>$ 33,916</td><td>$ 29,998</td></tr>
            </table>
            """);
        var s = r.Statements.Single();
        Assert.Equal(D("2023-10-01", "2023-12-30"), s.Columns[0].Period);
        Assert.Equal(D("2022-09-25", "2022-12-31"), s.Columns[1].Period);
        Assert.Equal(D("2022-09-25", "2022-12-31"), r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == 29_998_000_000m).Period);
        Assert.Equal(D("2023-10-01", "2023-12-30"), r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == 33_916_000_000m).Period);
    }

    /// <summary>
    /// Worthington Industries, third quarter of fiscal 2023 (8-K body, EDGAR 0000950170-23-010300): no income
    /// statement, only reconciliations headed "Third Quarter 2023 | Second Quarter 2023 | ... | Fourth Quarter 2022".
    /// The 8-K's words ("financial results for the third quarter of fiscal 2023") and a table titled "Three Months
    /// Ended February 28, 2023" give the fiscal calendar (the year ends in May), and with it each quarter's dates;
    /// "Trailing twelve months adjusted EBITDA", printed under the third quarter, is the twelve months to its end.
    /// </summary>
    [Fact]
    public void An8KBodyOfReconciliationsDatesItsQuarterColumns()
    {
        var r = Extract("""
            <p>Item 2.02 Results of Operations and Financial Condition.</p>
            <p>Worthington Industries, Inc. (the "Registrant") conducted a conference call on March 23, 2023, beginning at approximately 9:00 a.m., Eastern Time, to discuss the Registrant's unaudited financial results for the third quarter of fiscal 2023 (the fiscal quarter ended February 28, 2023).</p>
            <table>
            <tr><td></td><td>Third</td><td>Second</td><td>First</td><td>Fourth</td><td>Third</td></tr>
            <tr><td></td><td>Quarter</td><td>Quarter</td><td>Quarter</td><td>Quarter</td><td>Quarter</td></tr>
            <tr><td>(In thousands)</td><td>2023</td><td>2023</td><td>2023</td><td>2022</td><td>2022</td></tr>
            <tr><td>Net earnings attributable to controlling interest</td><td>$ 46,325</td><td>$ 16,218</td><td>$ 64,082</td><td>$ 80,252</td><td>$ 56,342</td></tr>
            <tr><td>Interest expense, net</td><td>6,035</td><td>7,612</td><td>8,598</td><td>8,167</td><td>8,140</td></tr>
            <tr><td>Income tax expense</td><td>12,055</td><td>4,131</td><td>19,498</td><td>24,963</td><td>18,683</td></tr>
            <tr><td>Trailing twelve months adjusted EBITDA</td><td>$ 442,673</td><td></td><td></td><td></td><td></td></tr>
            </table>
            <p>The calculation of adjusted EBIT by segment for the three months ended February 28, 2023 and February 28, 2022, is outlined below.</p>
            <table>
            <tr><td></td><td colspan="3">Three Months Ended February 28, 2023</td></tr>
            <tr><td>(In thousands, except margin)</td><td>Steel Processing</td><td>Consumer Products</td><td>Consolidated</td></tr>
            <tr><td>Net sales</td><td>$ 757,007</td><td>$ 162,647</td><td>$ 1,103,322</td></tr>
            <tr><td>Operating income (loss)</td><td>$ 10,794</td><td>$ 18,808</td><td>$ 30,095</td></tr>
            </table>
            """);
        Period? Of(decimal value) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value).Period;
        Assert.Equal(D("2022-12-01", "2023-02-28"), Of(46_325_000m));
        Assert.Equal(D("2022-09-01", "2022-11-30"), Of(16_218_000m));
        Assert.Equal(D("2022-06-01", "2022-08-31"), Of(64_082_000m));
        Assert.Equal(D("2022-03-01", "2022-05-31"), Of(80_252_000m));
        Assert.Equal(D("2021-12-01", "2022-02-28"), Of(56_342_000m));
        // The trailing row covers the twelve months ending with its column's quarter.
        Assert.Equal(D("2022-03-01", "2023-02-28"), Of(442_673_000m));
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1), the reconciliation of
    /// adjusted results: measures across ("Operating Profit", ..., "Profit per Share"), periods down
    /// ("Three Months Ended March 31, 2022 - U.S. GAAP" and the "Restructuring costs" under it). Each
    /// row's figures take the period its label (or the label above it) opens with; the "Profit per
    /// Share" column is dollars per share, not the table's millions; the margins and tax rates are ratios.
    /// </summary>
    [Fact]
    public void RowsLabelledWithAPeriodDateMeasuresAcross()
    {
        var r = Extract("""
            <p>Reconciliations of adjusted results to the most directly comparable GAAP measure are as follows:</p>
            <table>
            <tr><td colspan="3">(Dollars in millions except per share data)</td><td colspan="3"></td><td colspan="3">Operating Profit</td><td colspan="3"></td><td colspan="3">Operating Profit Margin</td><td colspan="3"></td><td colspan="3">Profit Before Taxes</td><td colspan="3"></td><td colspan="3">Provision (Benefit) for Income Taxes</td><td colspan="3"></td><td colspan="3">Effective Tax Rate</td><td colspan="3"></td><td colspan="3">Profit</td><td colspan="3"></td><td colspan="3">Profit per Share</td></tr>
            <tr><td colspan="3">Three Months Ended March 31, 2022 - U.S. GAAP</td><td colspan="3"></td><td>$</td><td>1,855</td><td></td><td colspan="3"></td><td colspan="2">13.7</td><td>%</td><td colspan="3"></td><td>$</td><td>1,999</td><td></td><td colspan="3"></td><td>$</td><td>469</td><td></td><td colspan="3"></td><td colspan="2">23.4</td><td>%</td><td colspan="3"></td><td>$</td><td>1,537</td><td></td><td colspan="3"></td><td>$</td><td>2.86</td><td></td></tr>
            <tr><td colspan="3">Restructuring costs</td><td colspan="3"></td><td colspan="2">13</td><td></td><td colspan="3"></td><td colspan="2">0.1</td><td>%</td><td colspan="3"></td><td colspan="2">13</td><td></td><td colspan="3"></td><td colspan="2">2</td><td></td><td colspan="3"></td><td colspan="2">13.0</td><td>%</td><td colspan="3"></td><td colspan="2">11</td><td></td><td colspan="3"></td><td>$</td><td>0.02</td><td></td></tr>
            <tr><td colspan="3">Three Months Ended March 31, 2022 - Adjusted</td><td colspan="3"></td><td>$</td><td>1,868</td><td></td><td colspan="3"></td><td colspan="2">13.7</td><td>%</td><td colspan="3"></td><td>$</td><td>2,012</td><td></td><td colspan="3"></td><td>$</td><td>471</td><td></td><td colspan="3"></td><td colspan="2">23.4</td><td>%</td><td colspan="3"></td><td>$</td><td>1,548</td><td></td><td colspan="3"></td><td>$</td><td>2.88</td><td></td></tr>
            <tr><td colspan="3">Three Months Ended March 31, 2021 - U.S. GAAP</td><td colspan="3"></td><td>$</td><td>1,814</td><td></td><td colspan="3"></td><td colspan="2">15.3</td><td>%</td><td colspan="3"></td><td>$</td><td>1,997</td><td></td><td colspan="3"></td><td>$</td><td>475</td><td></td><td colspan="3"></td><td colspan="2">23.8</td><td>%</td><td colspan="3"></td><td>$</td><td>1,530</td><td></td><td colspan="3"></td><td>$</td><td>2.77</td><td></td></tr>
            <tr><td colspan="3">Restructuring costs</td><td colspan="3"></td><td colspan="2">64</td><td></td><td colspan="3"></td><td colspan="2">0.5</td><td>%</td><td colspan="3"></td><td colspan="2">64</td><td></td><td colspan="3"></td><td colspan="2">10</td><td></td><td colspan="3"></td><td colspan="2">15.0</td><td>%</td><td colspan="3"></td><td colspan="2">54</td><td></td><td colspan="3"></td><td>$</td><td>0.10</td><td></td></tr>
            <tr><td colspan="3">Three Months Ended March 31, 2021 - Adjusted</td><td colspan="3"></td><td>$</td><td>1,878</td><td></td><td colspan="3"></td><td colspan="2">15.8</td><td>%</td><td colspan="3"></td><td>$</td><td>2,061</td><td></td><td colspan="3"></td><td>$</td><td>485</td><td></td><td colspan="3"></td><td colspan="2">23.5</td><td>%</td><td colspan="3"></td><td>$</td><td>1,584</td><td></td><td colspan="3"></td><td>$</td><td>2.87</td><td></td></tr>
            </table>
            """);
        var q2022 = D("2022-01-01", "2022-03-31");
        var q2021 = D("2021-01-01", "2021-03-31");
        Fact Of(decimal value) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value && f.Unit != Unit.Percent);
        Assert.Equal(q2022, Of(1_855_000_000m).Period);
        Assert.Equal(q2022, Of(11_000_000m).Period);
        Assert.Equal(q2022, Of(2_012_000_000m).Period);
        Assert.Equal(q2021, Of(1_997_000_000m).Period);
        Assert.Equal(q2021, Of(54_000_000m).Period);
        Assert.Equal((Unit.UsdPerShare, q2022), (Of(2.86m).Unit, Of(2.86m).Period));
        Assert.Equal((Unit.UsdPerShare, q2021), (Of(0.10m).Unit, Of(0.10m).Period));
        Assert.Equal(Unit.UsdPerShare, Of(2.87m).Unit);
        // "Operating Profit Margin" and "Effective Tax Rate" are ratios of the row's period, not changes.
        var margins = r.Facts.Where(f => f.Origin == FactOrigin.Table && f.Unit == Unit.Percent && (f.Value == 13.7m || f.Value == 15.0m)).ToList();
        Assert.Equal(3, margins.Count);
        Assert.All(margins, f => Assert.False(f.Dimensions.ContainsKey("change")));
        Assert.Equal([q2022, q2022, q2021], margins.Select(f => f.Period));
    }

    /// <summary>
    /// Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107, EX-99.1), "Sales and Revenues by
    /// Segment": "First Quarter 2021 | Sales Volume | Price Realization | Currency | Inter-Segment / Other |
    /// First Quarter 2022". The columns between the two quarters carry each row from one to the other
    /// (5,459 + 325 + 421 - 101 + 11 = 6,115): they are parts of the change to the first quarter of 2022,
    /// not figures of a period.
    /// </summary>
    [Fact]
    public void ColumnsWalkingFromOnePeriodToTheNextArePartsOfTheChange()
    {
        var r = Extract("""
            <div>Condensed Consolidated Statement of Results of Operations</div>
            <div>(Dollars in millions except per share data)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
            <tr><td></td><td>2022</td><td>2021</td></tr>
            <tr><td>Sales of Machinery, Energy &amp; Transportation</td><td>$ 12,886</td><td>$ 11,191</td></tr>
            <tr><td>Total sales and revenues</td><td>13,589</td><td>11,887</td></tr>
            </table>
            <div>Sales and Revenues by Segment</div>
            <table>
            <tr><td colspan="3">(Millions of dollars)</td><td colspan="3"></td><td colspan="3">First Quarter 2021</td><td colspan="3"></td><td colspan="3">Sales Volume</td><td colspan="3"></td><td colspan="3">Price Realization</td><td colspan="3"></td><td colspan="3">Currency</td><td colspan="3"></td><td colspan="3">Inter-Segment / Other</td><td colspan="3"></td><td colspan="3">First Quarter 2022</td><td colspan="3"></td><td colspan="3">$ Change</td><td colspan="3"></td><td colspan="3">% Change</td></tr>
            <tr><td colspan="3">Construction Industries</td><td colspan="3"></td><td>$</td><td>5,459</td><td></td><td colspan="3"></td><td>$</td><td>325</td><td></td><td colspan="3"></td><td>$</td><td>421</td><td></td><td colspan="3"></td><td>$</td><td>(101)</td><td></td><td colspan="3"></td><td>$</td><td>11</td><td></td><td colspan="3"></td><td>$</td><td>6,115</td><td></td><td colspan="3"></td><td>$</td><td>656</td><td></td><td colspan="3"></td><td colspan="2">12</td><td>%</td></tr>
            <tr><td colspan="3">Resource Industries</td><td colspan="3"></td><td colspan="2">2,178</td><td></td><td colspan="3"></td><td colspan="2">527</td><td></td><td colspan="3"></td><td colspan="2">169</td><td></td><td colspan="3"></td><td colspan="2">(34)</td><td></td><td colspan="3"></td><td colspan="2">(10)</td><td></td><td colspan="3"></td><td colspan="2">2,830</td><td></td><td colspan="3"></td><td colspan="2">652</td><td></td><td colspan="3"></td><td colspan="2">30</td><td>%</td></tr>
            <tr><td colspan="3">Energy &amp; Transportation</td><td colspan="3"></td><td colspan="2">4,507</td><td></td><td colspan="3"></td><td colspan="2">333</td><td></td><td colspan="3"></td><td colspan="2">115</td><td></td><td colspan="3"></td><td colspan="2">(74)</td><td></td><td colspan="3"></td><td colspan="2">157</td><td></td><td colspan="3"></td><td colspan="2">5,038</td><td></td><td colspan="3"></td><td colspan="2">531</td><td></td><td colspan="3"></td><td colspan="2">12</td><td>%</td></tr>
            </table>
            """);
        var q2022 = D("2022-01-01", "2022-03-31");
        Fact Of(decimal value) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value && f.Unit == Unit.Usd);
        Assert.Equal(D("2021-01-01", "2021-03-31"), Of(2_178_000_000m).Period);
        Assert.Equal(q2022, Of(2_830_000_000m).Period);
        foreach (var (value, heading) in new[] { (527_000_000m, "Sales Volume"), (169_000_000m, "Price Realization"), (-34_000_000m, "Currency"), (157_000_000m, "Inter-Segment / Other") })
        {
            var part = Of(value);
            Assert.Equal((q2022, heading), (part.Period, part.Dimensions["change"]));
        }
    }

    /// <summary>
    /// Oracle, fourth quarter of fiscal 2022 (EDGAR 0001564590-22-023099, EX-99.1), the reconciliation of
    /// selected GAAP measures to non-GAAP: "2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP | Adj. | 2021
    /// Non-GAAP" under "Three Months Ended May 31,". An "Adj." column between two columns of one period
    /// is that period's adjustment; the percent changes beside them are changes of fiscal 2022's quarter.
    /// </summary>
    [Fact]
    public void AnAdjustmentColumnBetweenTwoColumnsOfOnePeriodIsOfThatPeriod()
    {
        var r = Extract("""
            <div>RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES (1)</div>
            <div>($ in millions, except per share data)</div>
            <table>
            <tr><td></td><td></td><td colspan="22">Three Months Ended May 31,</td><td></td><td colspan="4">% Increase (Decrease) in US $</td><td colspan="4">% Increase (Decrease) in Constant Currency (2)</td></tr>
            <tr><td></td><td></td><td colspan="2">2022<br>GAAP</td><td></td><td></td><td colspan="2">Adj.</td><td></td><td></td><td colspan="2">2022<br>Non-GAAP</td><td></td><td></td><td colspan="2">2021<br>GAAP</td><td></td><td></td><td colspan="2">Adj.</td><td></td><td></td><td colspan="2">2021<br>Non-GAAP</td><td></td><td></td><td>GAAP</td><td></td><td>Non-GAAP</td><td></td><td>GAAP</td><td></td><td>Non-GAAP</td></tr>
            <tr><td>TOTAL REVENUES</td><td></td><td>$</td><td>11,840</td><td></td><td></td><td>$</td><td>&#8212;</td><td></td><td></td><td>$</td><td>11,840</td><td></td><td></td><td>$</td><td>11,227</td><td></td><td></td><td>$</td><td>&#8212;</td><td></td><td></td><td>$</td><td>11,227</td><td></td><td></td><td>5%</td><td></td><td>5%</td><td></td><td>10%</td><td></td><td>10%</td></tr>
            <tr><td>TOTAL OPERATING EXPENSES</td><td></td><td>$</td><td>7,337</td><td></td><td></td><td>$</td><td>(1,087</td><td>)</td><td></td><td>$</td><td>6,250</td><td></td><td></td><td>$</td><td>6,686</td><td></td><td></td><td>$</td><td>(908</td><td>)</td><td></td><td>$</td><td>5,778</td><td></td><td></td><td>10%</td><td></td><td>8%</td><td></td><td>12%</td><td></td><td>11%</td></tr>
            </table>
            """);
        var fy22 = D("2022-03-01", "2022-05-31");
        var fy21 = D("2021-03-01", "2021-05-31");
        Fact Of(decimal value, Unit unit = Unit.Usd) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value && f.Unit == unit);
        Assert.Equal(fy22, Of(-1_087_000_000m).Period);
        Assert.Equal(fy21, Of(-908_000_000m).Period);
        Assert.Equal(fy22, Of(6_250_000_000m).Period);
        var change = Of(8m, Unit.Percent);
        Assert.Equal((fy22, "% Increase (Decrease) in US $ Non-GAAP"), (change.Period, change.Dimensions["change"]));
    }

    /// <summary>
    /// Apple, third quarter of fiscal 2004 (EDGAR 0001104659-04-019574, EX-99.1), "Q3'04 Unaudited Summary
    /// Data": "Q2'04 Actual | Q3'03 Actual | Q3'04 Actual" over "CPU Units k | Rev $m", then "Product
    /// Summary" under a line that repeats only "Units k | Rev $m". The repeated line keeps the quarters
    /// above; "Units k" columns are thousands of units, not millions of dollars; the sequential and
    /// year/year changes are of the third quarter of 2004.
    /// </summary>
    [Fact]
    public void ARepeatedLineOfUnitsKeepsThePeriodsAbove()
    {
        var r = Extract("""
            <p>CUPERTINO, California&#151;July 14, 2004&#151;Apple today announced financial results for its fiscal 2004 third quarter ended June 26, 2004.</p>
            <div>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</div>
            <div>(In millions, except share and per share amounts)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended</td></tr>
            <tr><td></td><td>June 26, 2004</td><td>June 28, 2003</td></tr>
            <tr><td>Net sales</td><td>$ 2,014</td><td>$ 1,545</td></tr>
            <tr><td>Net income</td><td>$ 61</td><td>$ 19</td></tr>
            </table>
            <div>Apple Computer, Inc.</div>
            <div>Q3&#146;04 Unaudited Summary Data</div>
            <table>
            <tr><td></td><td></td><td colspan="4">Q2&#146;04 Actual</td><td></td><td colspan="4">Q3&#146;03 Actual</td><td></td><td colspan="4">Q3&#146;04 Actual</td><td></td><td colspan="3">Sequential Change</td><td></td><td colspan="3">Year/Year Change</td><td></td></tr>
            <tr><td></td><td></td><td>CPU Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>CPU Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>CPU Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>Units</td><td></td><td>Revenue</td><td></td><td>Units</td><td></td><td>Revenue</td><td></td></tr>
            <tr><td>Operating Segments</td></tr>
            <tr><td>Americas</td><td></td><td>361</td><td></td><td>$</td><td>881</td><td></td><td>452</td><td></td><td>$</td><td>831</td><td></td><td>472</td><td></td><td>$</td><td>1,018</td><td></td><td>31</td><td>%</td><td>16</td><td>%</td><td>4</td><td>%</td><td>23</td><td>%</td></tr>
            <tr><td>Europe</td><td></td><td>187</td><td></td><td colspan="2">449</td><td></td><td>144</td><td></td><td colspan="2">297</td><td></td><td>191</td><td></td><td colspan="2">408</td><td></td><td>2</td><td>%</td><td>-9</td><td>%</td><td>33</td><td>%</td><td>37</td><td>%</td></tr>
            <tr><td></td><td></td><td></td><td></td><td colspan="2"></td><td></td><td></td><td></td><td colspan="2"></td><td></td><td></td><td></td><td colspan="2"></td><td></td><td colspan="3">Sequential Change</td><td></td><td colspan="3">Year/Year Change</td><td></td></tr>
            <tr><td></td><td></td><td>Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>Units k</td><td></td><td colspan="2">Rev $m</td><td></td><td>Units</td><td></td><td>Revenue</td><td></td><td>Units</td><td></td><td>Revenue</td><td></td></tr>
            <tr><td>Product Summary</td></tr>
            <tr><td>iMac (2)</td><td></td><td>217</td><td></td><td>$</td><td>252</td><td></td><td>287</td><td></td><td>$</td><td>301</td><td></td><td>243</td><td></td><td>$</td><td>235</td><td></td><td>12</td><td>%</td><td>-7</td><td>%</td><td>-15</td><td>%</td><td>-22</td><td>%</td></tr>
            <tr><td>iBook</td><td></td><td>201</td><td></td><td colspan="2">223</td><td></td><td>190</td><td></td><td colspan="2">196</td><td></td><td>240</td><td></td><td colspan="2">261</td><td></td><td>19</td><td>%</td><td>17</td><td>%</td><td>26</td><td>%</td><td>33</td><td>%</td></tr>
            </table>
            """);
        var q2 = D("2003-12-28", "2004-03-27");
        var q3 = D("2004-03-28", "2004-06-26");
        var q3LastYear = D("2003-03-30", "2003-06-28");
        Fact Of(decimal value, Unit unit) => r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Value == value && f.Unit == unit);
        Assert.Equal(q2, Of(361_000m, Unit.Pure).Period);
        Assert.Equal(q3, Of(1_018_000_000m, Unit.Usd).Period);
        Assert.Equal(q2, Of(217_000m, Unit.Pure).Period);
        Assert.Equal(q2, Of(252_000_000m, Unit.Usd).Period);
        Assert.Equal(q3LastYear, Of(301_000_000m, Unit.Usd).Period);
        Assert.Equal(q3, Of(243_000m, Unit.Pure).Period);
        Assert.Equal(q3, Of(235_000_000m, Unit.Usd).Period);
        var sequential = Of(-7m, Unit.Percent);
        Assert.Equal((q3, "Sequential Change Revenue"), (sequential.Period, sequential.Dimensions["change"]));
    }
}
