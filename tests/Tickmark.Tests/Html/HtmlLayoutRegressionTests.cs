using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Tests.Html;

/// <summary>One small page per HTML layout the corpus taught us, each with the figures a reader sees in it.</summary>
public class HtmlLayoutRegressionTests
{
    private static ExtractionResult Extract(string body) =>
        new Extractor().Extract(SourceDocument.FromText("<html><head><title>t</title></head><body>\n" + body + "\n</body></html>", "page.htm"));

    private static Fact Cell(ExtractionResult r, string label, int column, Unit? unit = null) =>
        r.Facts.Single(f => f.Origin == FactOrigin.Table && f.Label == label && f.Column == column && (unit is null || f.Unit == unit));

    private static Duration D(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    private static Instant I(string date) => new(DateOnly.Parse(date));

    /// <summary>The characters at a fact's span, as written in the page.</summary>
    private static string At(ExtractionResult r, Fact f) => r.Document.Slice(f.Span);

    [Fact]
    public void DollarParenthesisAndPercentInCellsOfTheirOwnAndSpacerColumns()
    {
        var r = Extract("""
            <p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
            <p>(in thousands, except per share amounts)</p>
            <table>
            <tr><td></td><td></td><td colspan="3" align="center">Three Months Ended December 31,</td></tr>
            <tr><td></td><td></td><td colspan="2">2006</td><td></td><td></td><td colspan="2">2005</td></tr>
            <tr><td>Revenues</td><td>&nbsp;</td><td>$</td><td>6,342</td><td></td><td>&nbsp;</td><td>$</td><td>5,154</td><td></td></tr>
            <tr><td>Net loss</td><td>&nbsp;</td><td></td><td>(200</td><td>)</td><td>&nbsp;</td><td></td><td>(145</td><td>)</td></tr>
            <tr><td>Gross margin</td><td>&nbsp;</td><td></td><td>61.5</td><td>%</td><td>&nbsp;</td><td></td><td>58.0</td><td>%</td></tr>
            <tr><td>Net loss per share</td><td>&nbsp;</td><td>$</td><td>(0.02</td><td>)</td><td>&nbsp;</td><td>$</td><td>(0.01</td><td>)</td></tr>
            </table>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(StatementKind.IncomeStatement, s.Kind);
        Assert.Equal(2, s.Columns.Count);
        Assert.Equal([D("2006-10-01", "2006-12-31"), D("2005-10-01", "2005-12-31")], s.Columns.Select(c => c.Period));
        Assert.Equal(6_342_000m, Cell(r, "Revenues", 0).Value);
        var loss = Cell(r, "Net loss", 1);
        Assert.Equal(-145_000m, loss.Value);
        Assert.StartsWith("(145", At(r, loss));
        Assert.Equal(61.5m, Cell(r, "Gross margin", 0).Value);
        Assert.Equal(Unit.Percent, Cell(r, "Gross margin", 0).Unit);
        Assert.Equal(-0.02m, Cell(r, "Net loss per share", 0).Value);
        Assert.Equal("6,342", At(r, Cell(r, "Revenues", 0)));
    }

    [Fact]
    public void HeadingsOverSeveralRowsWithColspanAndRowspan()
    {
        var r = Extract("""
            <p>CONSOLIDATED STATEMENTS OF INCOME (In millions)</p>
            <table>
            <tr><td rowspan="2"></td><td colspan="3">Three Months Ended</td><td></td><td colspan="3">Nine Months Ended</td></tr>
            <tr><td colspan="3">October 29,<br>2023</td><td></td><td colspan="3">October 29,<br>2023</td></tr>
            <tr><td>Revenue</td><td>$</td><td>18,120</td><td></td><td></td><td>$</td><td>38,819</td><td></td></tr>
            <tr><td>Net income</td><td>$</td><td>9,243</td><td></td><td></td><td>$</td><td>17,475</td><td></td></tr>
            </table>
            """);
        var s = Assert.Single(r.Statements);
        // A 52/53-week calendar: the periods end on a weekday, so a quarter is 13 weeks and nine months 39.
        Assert.Equal([D("2023-07-31", "2023-10-29"), D("2023-01-30", "2023-10-29")], s.Columns.Select(c => c.Period));
        Assert.Equal(38_819_000_000m, Cell(r, "Revenue", 1).Value);
    }

    [Fact]
    public void LabelsIndentedWithCssAndSpacesSitUnderTheirHeadings()
    {
        var r = Extract("""
            <p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(in millions)</p>
            <table>
            <tr><td></td><td colspan="2">May 31, 2014</td><td colspan="2">May 31, 2013</td></tr>
            <tr><td><p style="margin-left:1em">Current Assets:</p></td></tr>
            <tr><td><p style="margin-left:3.00em; text-indent:-1.00em">Cash and cash equivalents</p></td><td>$</td><td>17,769</td><td>$</td><td>14,613</td></tr>
            <tr><td><p style="margin-left:3.00em; text-indent:-1.00em">Inventories</p></td><td></td><td>189</td><td></td><td>240</td></tr>
            <tr><td style="padding-left:40pt">Total current assets</td><td></td><td>17,958</td><td></td><td>14,853</td></tr>
            <tr><td>Liabilities:</td></tr>
            <tr><td>&nbsp;&nbsp;&nbsp;&nbsp;Accounts payable</td><td></td><td>471</td><td></td><td>419</td></tr>
            <tr><td>Total assets</td><td>$</td><td>90,344</td><td>$</td><td>81,812</td></tr>
            </table>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(StatementKind.BalanceSheet, s.Kind);
        Assert.Equal([I("2014-05-31"), I("2013-05-31")], s.Columns.Select(c => c.Period));
        Assert.Equal("Current Assets", Cell(r, "Inventories", 0).Section);
        Assert.Equal("Current Assets", Cell(r, "Total current assets", 0).Section);
        Assert.Equal("Liabilities", Cell(r, "Accounts payable", 1).Section);
        Assert.Equal("", Cell(r, "Total assets", 1).Section);
        Assert.Equal("us-gaap:CashAndCashEquivalentsAtCarryingValue", Cell(r, "Cash and cash equivalents", 0).Concept);
    }

    [Fact]
    public void LabelsIndentedByEmptyCellsAndRulesDrawnByBorders()
    {
        var r = Extract("""
            <p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME<br>(In millions, except per share data)</p>
            <table>
            <tr><td></td><td></td><td></td><td colspan="3">Three Months Ended</td></tr>
            <tr><td></td><td></td><td></td><td colspan="3">April 28, 2024</td></tr>
            <tr><td colspan="3">Operating expenses</td><td colspan="3"></td></tr>
            <tr><td></td><td colspan="2">Research and development</td><td></td><td>2,720</td><td></td></tr>
            <tr><td></td><td colspan="2">Sales, general and administrative</td><td style="border-bottom: solid black 1pt"></td><td style="border-bottom: solid black 1pt">777</td><td></td></tr>
            <tr><td></td><td></td><td>Total operating expenses</td><td></td><td>3,497</td><td></td></tr>
            <tr><td colspan="3">Net income per share:</td></tr>
            <tr><td></td><td colspan="2">Diluted</td><td>$</td><td>5.98</td><td></td></tr>
            <tr><td colspan="3">Weighted average shares used in per share computation:</td></tr>
            <tr><td></td><td colspan="2">Diluted</td><td></td><td>2,489</td><td></td></tr>
            </table>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal("Operating expenses", Cell(r, "Research and development", 0).Section);
        Assert.Equal("Operating expenses", Cell(r, "Total operating expenses", 0).Section);
        Assert.True(s.Rows.Single(row => row.Label == "Total operating expenses").RuleAbove);
        Assert.Equal(5.98m, Cell(r, "Diluted", 0, Unit.UsdPerShare).Value);
        Assert.Equal(2_489_000_000m, Cell(r, "Diluted", 0, Unit.Shares).Value);
        Assert.Contains(r.Checks, c => c.Rule == "footing" && c.Status == Tickmark.Checks.CheckStatus.Pass);
    }

    [Fact]
    public void NumbersSplitOverInlineElementsAndDashesMeaningNothing()
    {
        var r = Extract("""
            <p>STATEMENTS OF OPERATIONS (in thousands)</p>
            <table>
            <tr><td></td><td>Year Ended June 30, 2008</td><td>Year Ended June 30, 2007</td></tr>
            <tr><td>Revenues</td><td><font>1,</font><font><b>234</b></font></td><td>1,000</td></tr>
            <tr><td>Impairment</td><td>&#151;</td><td>&mdash;</td></tr>
            <tr><td>Restructuring</td><td>-</td><td>&#8211;</td></tr>
            <tr><td>Net income</td><td>1,234</td><td>1,000</td></tr>
            </table>
            """);
        Assert.Equal(1_234_000m, Cell(r, "Revenues", 0).Value);
        Assert.Equal("1,</font><font><b>234", At(r, Cell(r, "Revenues", 0)));
        Assert.Equal(0m, Cell(r, "Impairment", 0).Value);
        Assert.Equal("&#151;", At(r, Cell(r, "Impairment", 0)));
        Assert.Equal(0m, Cell(r, "Impairment", 1).Value);
        Assert.Equal(0m, Cell(r, "Restructuring", 1).Value);
        Assert.Equal(D("2006-07-01", "2007-06-30"), Cell(r, "Net income", 1).Period);
    }

    [Fact]
    public void AFootnoteMarkAfterAFigureIsNotPartOfIt()
    {
        var r = Extract("""
            <p>CONSOLIDATED STATEMENTS OF INCOME (in millions)</p>
            <table>
            <tr><td></td><td>Quarter Ended March 31, 2009</td><td>Quarter Ended March 31, 2008</td></tr>
            <tr><td>Net sales</td><td>1,234 (a)</td><td>1,100<sup>(1)</sup></td></tr>
            <tr><td>Net income</td><td>200</td><td>150</td></tr>
            </table>
            """);
        Assert.Equal(1_234_000_000m, Cell(r, "Net sales", 0).Value);
        Assert.Equal(1_100_000_000m, Cell(r, "Net sales", 1).Value);
        Assert.Equal("1,234", At(r, Cell(r, "Net sales", 0)));
    }

    [Fact]
    public void ATextTableInsidePreGoesThroughTheTextStagesWithSpansIntoThePage()
    {
        var r = Extract("""
            <pre>
                       CONSOLIDATED STATEMENTS OF OPERATIONS
                      (in thousands, except per share data)

                                         Three Months Ended
                                            December 31,
                                        -------------------
                                          2006       2005
                                        --------   --------
            Revenues                    $  6,342   $  5,154
            Net loss &amp; other            (200)      (145)
            </pre>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal([D("2006-10-01", "2006-12-31"), D("2005-10-01", "2005-12-31")], s.Columns.Select(c => c.Period));
        var revenues = Cell(r, "Revenues", 1);
        Assert.Equal(5_154_000m, revenues.Value);
        Assert.Equal("5,154", At(r, revenues));
        Assert.Equal("(145)", At(r, Cell(r, "Net loss & other", 1)));
    }

    [Fact]
    public void ANewsroomPageIsReadForItsArticleNotItsNavigation()
    {
        var r = Extract("""
            <header><nav><ul><li><a href="/">Products</a></li><li><a href="/x">Investors</a></li></ul></nav></header>
            <div class="sidebar"><table><tr><td>Stock price</td><td>123.45</td></tr><tr><td>Volume</td><td>1,000</td></tr></table></div>
            <div class="main"><div class="article">
            <h1>Acme Reports Record Third Quarter</h1>
            <div class="date">November 20, 2024</div>
            <div class="article-body">
            <p>Acme (NASDAQ: ACME) today reported revenue for the third quarter ended September 30, 2024, of $35.1 million, up 94% from a year ago.</p>
            <p>Net income was $19.3 million, compared with $9.2 million a year ago, the company said in a statement today.</p>
            <p>ACME CORPORATION<br>CONDENSED CONSOLIDATED STATEMENTS OF INCOME<br>(In thousands)</p>
            <table>
            <tr><td></td><td>Three Months Ended September 30, 2024</td><td>Three Months Ended September 30, 2023</td></tr>
            <tr><td>Revenue</td><td>35,082</td><td>18,120</td></tr>
            <tr><td>Net income</td><td>19,309</td><td>9,243</td></tr>
            </table>
            </div></div></div>
            <footer><p>Copyright 2024 Acme. 1,000 employees in 12 countries. All rights reserved worldwide by the company.</p></footer>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal("CONDENSED CONSOLIDATED STATEMENTS OF INCOME", s.Title);
        Assert.DoesNotContain(r.Facts, f => f.Value == 123.45m || f.Label.Contains("Volume"));
        Assert.Equal("Acme Reports Record Third Quarter", r.Release.Headline);
        Assert.Equal(new DateOnly(2024, 11, 20), r.Release.Date);
        Assert.Equal("ACME", r.Release.Ticker);
        var prose = r.Facts.Where(f => f.Origin == FactOrigin.Narrative && f.Unit == Unit.Usd).ToList();
        Assert.Contains(prose, f => f.Value == 35_100_000m && At(r, f) == "35.1");
        Assert.DoesNotContain(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Value == 1_000m);
    }

    [Theory]
    [InlineData("<table><caption>(in millions)</caption>{rows}</table>")]
    [InlineData("<table><tr><td>(Dollars in millions)</td><td>Year Ended December 31, 2009</td><td>Year Ended December 31, 2008</td></tr>{data}</table>")]
    [InlineData("<p>Amounts in millions</p><table>{rows}</table>")]
    [InlineData("<table>{rows}</table><p>(in millions)</p>")]
    public void AScaleNoteInACaptionAHeaderCellAParagraphAboveOrANoteBelow(string layout)
    {
        const string heading = "<tr><td></td><td>Year Ended December 31, 2009</td><td>Year Ended December 31, 2008</td></tr>";
        const string data = "<tr><td>Net sales</td><td>500</td><td>400</td></tr><tr><td>Net income</td><td>50</td><td>40</td></tr>";
        var r = Extract("<p>CONSOLIDATED STATEMENTS OF INCOME</p>" + layout.Replace("{rows}", heading + data).Replace("{data}", data));
        var s = Assert.Single(r.Statements);
        Assert.Equal(1_000_000m, s.Scale);
        Assert.Equal(500_000_000m, Cell(r, "Net sales", 0).Value);
        Assert.Equal(D("2008-01-01", "2008-12-31"), Cell(r, "Net income", 1).Period);
    }

    [Fact]
    public void TablesInOneTableElementAreReadApartAndAContinuedTableIsJoined()
    {
        var r = Extract("""
            <p>FINANCIAL DATA (in thousands)</p>
            <table>
            <tr><td>AVERAGE BALANCES</td><td>Quarter Ended June 30, 2008</td><td>Quarter Ended March 31, 2008</td></tr>
            <tr><td>Loans</td><td>1,231,792</td><td>1,192,023</td></tr>
            <tr><td>Deposits</td><td>1,056,157</td><td>1,020,979</td></tr>
            <tr><td>NON-PERFORMING ASSETS</td></tr>
            <tr><td>(dollars in 000s)</td><td>June 30, 2008</td><td>March 31, 2008</td></tr>
            <tr><td>Non-accrual loans</td><td>35,819</td><td>11,608</td></tr>
            <tr><td>Real estate owned</td><td>2,764</td><td>655</td></tr>
            </table>
            <p>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (in millions)</p>
            <table>
            <tr><td></td><td>Six Months Ended July 30, 2023</td></tr>
            <tr><td>Net income</td><td>8,232</td></tr>
            <tr><td>Depreciation</td><td>749</td></tr>
            <tr><td>Cash flows from investing activities:</td></tr>
            <tr><td>Purchases of marketable securities</td><td>(5,343)</td></tr>
            </table>
            <p>&nbsp;</p>
            <table>
            <tr><td></td><td>Six Months Ended July 30, 2023</td></tr>
            <tr><td>Cash flows from financing activities:</td></tr>
            <tr><td>Dividends paid</td><td>(199)</td></tr>
            <tr><td>Net cash used in financing activities</td><td>(5,479)</td></tr>
            </table>
            <p>RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES<br>(In millions, except per share data)</p>
            """);
        Assert.Equal(3, r.Statements.Count);
        Assert.Equal([D("2008-04-01", "2008-06-30"), D("2008-01-01", "2008-03-31")], r.Statements[0].Columns.Select(c => c.Period));
        Assert.Equal([I("2008-06-30"), I("2008-03-31")], r.Statements[1].Columns.Select(c => c.Period));
        Assert.Contains("NON-PERFORMING ASSETS", r.Statements[1].TitleText);
        Assert.Equal(35_819_000m, Cell(r, "Non-accrual loans", 0).Value);
        var cash = r.Statements[2];
        Assert.Equal(StatementKind.CashFlow, cash.Kind);
        Assert.Equal(5, cash.Rows.Count);
        Assert.Equal(-5_479_000_000m, Cell(r, "Net cash used in financing activities", 0).Value);
        Assert.Equal("Cash flows from financing activities", Cell(r, "Dividends paid", 0).Section);
    }

    [Fact]
    public void ALabelWrappedIntoTheRowBelowIsOneLabel()
    {
        var r = Extract("""
            <p>CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION (in 000s, except share data)</p>
            <table>
            <tr><td></td><td>June 30, 2008</td><td>June 30, 2007</td></tr>
            <tr><td>Common stock, $1.00 par value; 30,000,000 shares authorized;</td></tr>
            <tr><td>11,917,113 and 12,186,224 shares outstanding</td><td>11,917</td><td>12,186</td></tr>
            <tr><td>Retained earnings</td><td>64,318</td><td>58,850</td></tr>
            </table>
            """);
        var f = r.Facts.Single(x => x.Column == 1 && x.Value == 12_186_000m);
        Assert.Equal("Common stock, $1.00 par value; 30,000,000 shares authorized; 11,917,113 and 12,186,224 shares outstanding", f.Label);
    }

    [Fact]
    public void SharesReflectedInThousandsWhileMoneyIsInMillions()
    {
        var r = Extract("""
            <p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
            <p>(in millions, except share amounts which are reflected in thousands and per share amounts)</p>
            <table>
            <tr><td></td><td>Three Months Ended December 25, 2010</td></tr>
            <tr><td>Net income</td><td>6,004</td></tr>
            <tr><td>Diluted earnings per share</td><td>6.43</td></tr>
            <tr><td>Diluted shares used in computing earnings per share</td><td>933,154</td></tr>
            </table>
            """);
        Assert.Equal(6_004_000_000m, Cell(r, "Net income", 0).Value);
        Assert.Equal(933_154_000m, r.Facts.Single(f => f.Unit == Unit.Shares).Value);
        Assert.Equal(6.43m, r.Facts.Single(f => f.Unit == Unit.UsdPerShare && f.Origin == FactOrigin.Table).Value);
    }

    [Fact]
    public void WorkivaStyleYearsBesideTheScaleNoteAndUnderlinedYearsWithBreaks()
    {
        var r = Extract("""
            <div style="text-align:center"><span style="font-weight:700">CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</span></div>
            <table style="border-collapse:collapse;width:100%">
            <tr><td colspan="3"></td><td colspan="7" style="text-align:center;border-bottom:1pt solid #000"><span>Three Months Ended March 31,</span></td></tr>
            <tr><td colspan="3"><span>(In millions, except per share amounts)</span></td><td colspan="3"><span>2024</span></td><td></td><td colspan="3"><span>2023</span></td></tr>
            <tr><td colspan="3"><span>Revenues</span></td><td><span>$</span></td><td><span>1,234.5</span></td><td></td><td></td><td><span>$</span></td><td><span>999.0</span></td><td></td></tr>
            <tr><td colspan="3" style="padding-left:13.5pt"><span>Cost of revenues</span></td><td></td><td><span>(400.1</span></td><td><span>)</span></td><td></td><td></td><td><span>(350.0</span></td><td><span>)</span></td></tr>
            <tr><td colspan="3"><span>Weighted-average shares — diluted</span></td><td></td><td><span>397.3</span></td><td></td><td></td><td></td><td><span>401.0</span></td><td></td></tr>
            </table>
            <div style="text-align:center"><span>CONDENSED CONSOLIDATED BALANCE SHEETS</span></div>
            <table>
            <tr><td><FONT SIZE=2>(in thousands)</FONT></td><td colspan=2 align=center><U>March&nbsp;31,</U><BR><U>2024</U></td><td>&nbsp;</td><td colspan=2 align=center>December&nbsp;31,<BR><U>2023</U></td></tr>
            <tr><td><B>ASSETS</B></td></tr>
            <tr><td>&nbsp;&nbsp;Cash</td><td>$</td><td align=right>5,000</td><td></td><td>$</td><td align=right>4,000</td></tr>
            <tr><td>&nbsp;&nbsp;&nbsp;&nbsp;Total assets</td><td>$</td><td align=right>6,500</td><td></td><td>$</td><td align=right>5,200</td></tr>
            </table>
            """);
        Assert.Equal(2, r.Statements.Count);
        Assert.Equal([D("2024-01-01", "2024-03-31"), D("2023-01-01", "2023-03-31")], r.Statements[0].Columns.Select(c => c.Period));
        Assert.Equal(1_000_000m, r.Statements[0].Scale);
        Assert.DoesNotContain(r.Statements[0].Rows, row => row.Label.StartsWith('('));
        Assert.Equal(-350_000_000m, Cell(r, "Cost of revenues", 1).Value);
        Assert.Equal(397_300_000m, Cell(r, "Weighted-average shares — diluted", 0).Value);
        Assert.Equal([I("2024-03-31"), I("2023-12-31")], r.Statements[1].Columns.Select(c => c.Period));
        Assert.Equal(4_000_000m, Cell(r, "Cash", 1).Value);
        Assert.Equal("ASSETS", Cell(r, "Total assets", 0).Section);
    }

    [Fact]
    public void AStatementNamedPartWayDownATableIsATableOfItsOwnUnderTheSameHeadings()
    {
        var r = Extract("""
            <p>SELECTED FINANCIAL DATA</p>
            <table>
            <tr><td>(in thousands)</td><td>Year Ended December 31, 2009</td><td>Year Ended December 31, 2008</td></tr>
            <tr><td colspan=3>CONSOLIDATED STATEMENTS OF OPERATIONS DATA:</td></tr>
            <tr><td>Revenues</td><td>5,000</td><td>4,000</td></tr>
            <tr><td>Net income</td><td>500</td><td>400</td></tr>
            <tr><td colspan=3>CONSOLIDATED BALANCE SHEET DATA:</td></tr>
            <tr><td>Cash</td><td>1,000</td><td>900</td></tr>
            <tr><td>Total assets</td><td>9,000</td><td>8,000</td></tr>
            </table>
            """);
        Assert.Equal([StatementKind.IncomeStatement, StatementKind.BalanceSheet], r.Statements.Select(s => s.Kind));
        Assert.Equal([D("2009-01-01", "2009-12-31"), D("2008-01-01", "2008-12-31")], r.Statements[0].Columns.Select(c => c.Period));
        Assert.Equal([I("2009-12-31"), I("2008-12-31")], r.Statements[1].Columns.Select(c => c.Period));
        Assert.Equal(8_000_000m, Cell(r, "Total assets", 1).Value);
    }

    [Fact]
    public void AnUnlabeledTotalSpanningTheLabelColumnsKeepsEveryOtherRowsLabel()
    {
        var r = Extract("""
            <p>CONSOLIDATED STATEMENTS OF INCOME (in thousands)</p>
            <table>
            <tr><td></td><td></td><td>Year Ended December 31, 2009</td><td></td><td>Year Ended December 31, 2008</td></tr>
            <tr><td>Product revenue</td><td>$</td><td>400</td><td>$</td><td>300</td></tr>
            <tr><td>Service revenue</td><td></td><td>100</td><td></td><td>100</td></tr>
            <tr><td colspan=3 align=right>500</td><td colspan=2 align=right>400</td></tr>
            <tr><td>Net income</td><td></td><td>50</td><td></td><td>40</td></tr>
            </table>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(["Product revenue", "Service revenue", "", "Net income"], s.Rows.Select(row => row.Label));
        Assert.Equal(400_000m, r.Facts.Single(f => f.Label == "" && f.Column == 1).Value);
        Assert.Equal(50_000m, Cell(r, "Net income", 0).Value);
    }
}
