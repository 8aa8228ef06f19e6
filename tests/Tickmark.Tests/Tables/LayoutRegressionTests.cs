using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Tables;

/// <summary>One small example per layout the corpus taught us, each with the figures a reader sees in it.</summary>
public class LayoutRegressionTests
{
    private static Fact Cell(Extraction.ExtractionResult r, string label, int column) =>
        r.Facts.Single(f => f.Label == label && f.Column == column);

    private static Duration D(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    [Fact]
    public void DriftingColumnsWrappedLabelsHeadingsAndSpanningHeaders()
    {
        var r = Doc.Extract("""
            |           CONSOLIDATED STATEMENTS OF OPERATIONS
            |   For the three and twelve months ended December 31, 2006 and 2005
            |         (in thousands, except per share amounts)
            |
            |                               Three Months Ended  Twelve Months Ended
            |                                  December 31,        December 31,
            |                               ------------------  -------------------
            |                                  2006      2005       2006      2005
            |                               -------- ---------  --------- ---------
            |Revenues                       $ 6,342   $ 5,154   $ 22,891  $ 18,484
            |Costs and expenses:
            |   General, administrative and
            |    patent costs                 1,334     1,047      5,526     4,219
            |   Total costs and expenses      6,760     5,390     26,023    21,146
            |Net loss                          (200)     (145)    (2,324)   (2,801)
            |Net loss per common share
            |   Basic and diluted           $ (0.02)  $ (0.02)  $  (0.17) $  (0.22)
            |Weighted average common shares
            | outstanding
            |   Basic and diluted            17,434    14,820     17,027    14,653
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(StatementKind.IncomeStatement, s.Kind);
        Assert.Equal([D("2006-10-01", "2006-12-31"), D("2005-10-01", "2005-12-31"), D("2006-01-01", "2006-12-31"), D("2005-01-01", "2005-12-31")],
            s.Columns.Select(c => c.Period));
        var g = Cell(r, "General, administrative and patent costs", 2);
        Assert.Equal(5_526_000m, g.Value);
        Assert.Equal("Costs and expenses", g.Section);
        Assert.Equal(-3, g.Decimals);
        Assert.Equal("Costs and expenses", Cell(r, "Total costs and expenses", 0).Section);
        Assert.Equal("", Cell(r, "Net loss", 0).Section);
        var eps = r.Facts.Single(f => f.Label == "Basic and diluted" && f.Column == 3 && f.Unit == Unit.UsdPerShare);
        Assert.Equal(-0.22m, eps.Value);
        Assert.Equal("Net loss per common share", eps.Section);
        Assert.Equal("us-gaap:EarningsPerShareBasicAndDiluted", eps.Concept);
        var shares = r.Facts.Single(f => f.Label == "Basic and diluted" && f.Column == 0 && f.Unit == Unit.Shares);
        Assert.Equal(17_434_000m, shares.Value);
        Assert.Equal("Weighted average common shares outstanding", shares.Section);
        Assert.Equal("us-gaap:Revenues", Cell(r, "Revenues", 0).Concept);
    }

    [Fact]
    public void BalanceSheetWithDateColumnsPrintedOneSpaceApartAndADash()
    {
        var r = Doc.Extract("""
            |                CONSOLIDATED CONDENSED BALANCE SHEETS
            |            As of September 30, 2006 and December 31, 2005
            |                      (in thousands, unaudited)
            |
            |                                            September 30, December 31,
            |                                                2006         2005
            |                                            ------------- ------------
            |ASSETS
            | Cash, cash equivalents and investments      $    21,858   $    8,774
            | Deferred revenue                                   229          -
            |         Total assets                        $    30,932   $   17,495
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(StatementKind.BalanceSheet, s.Kind);
        Assert.Equal([new Instant(new DateOnly(2006, 9, 30)), new Instant(new DateOnly(2005, 12, 31))], s.Columns.Select(c => c.Period));
        Assert.Equal(0m, Cell(r, "Deferred revenue", 1).Value);
        Assert.Equal("ASSETS", Cell(r, "Total assets", 1).Section);
        Assert.Equal("us-gaap:Assets", Cell(r, "Total assets", 1).Concept);
    }

    [Fact]
    public void EdgarTagsGroupingRuleOverThreeColumnsAndFiguresOnTheLastLineOfAWrappedLabel()
    {
        var r = Doc.Extract("""
            |                  Consolidated Statements of Operations - GAAP
            |                      (In thousands, except per share data)
            |<TABLE>
            |<CAPTION>
            |                                                     Three Months Ended                  Nine Months Ended
            |                                           --------------------------------------    ------------------------
            |                                             Mar 31,       Dec 31,       Mar 31,       Mar 31,       Mar 31,
            |                                              2005          2004          2004          2005          2004
            |                                           ----------    ----------    ----------    ----------    ----------
            |<S>                                        <C>           <C>           <C>           <C>           <C>
            |Net revenues                               $   19,433    $   19,217    $   18,466    $   58,436    $   46,388
            |
            |Minority interest in income
            | (loss) in consolidated
            | subsidiary                                        22            10             0            32             0
            |
            |Shares used in computing
            | basic earnings (loss)
            | per share                                     26,531        26,554        26,166        26,533        25,970
            |</TABLE>
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(D("2004-07-01", "2005-03-31"), s.Columns[3].Period);
        Assert.Equal(D("2004-01-01", "2004-03-31"), s.Columns[2].Period);
        Assert.Equal(32_000m, Cell(r, "Minority interest in income (loss) in consolidated subsidiary", 3).Value);
        var shares = Cell(r, "Shares used in computing basic earnings (loss) per share", 0);
        Assert.Equal(Unit.Shares, shares.Unit);
        Assert.Equal(26_531_000m, shares.Value);
    }

    [Fact]
    public void ChangeColumnsBetweenPeriodsAndATitleInterleavedWithHeadings()
    {
        var r = Doc.Extract("""
            |CONSOLIDATED STATEMENTS OF    Quarter    Three   Quarter     One     Quarter
            |INCOME (unaudited)             Ended     Month    Ended      Year     Ended
            |
            |(in 000s, except              June 30,   Change  March 31,  Change   June 30,
            |per share data)                 2006               2006                2005
            |- ------------------------------------------------------------------------------
            |Interest income:
            |  Interest on loans         $   20,170     12% $   18,039     37% $    14,703
            |  Interest and dividends on
            |   securities                    1,013      6%        953     22%         833
            |    Total interest income       21,183     12%     18,992     36%      15,536
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(D("2006-04-01", "2006-06-30"), s.Columns[0].Period);
        Assert.True(s.Columns[1].IsChange);
        Assert.Equal(D("2006-01-01", "2006-03-31"), s.Columns[2].Period);
        Assert.True(s.Columns[3].IsChange);
        Assert.Equal(D("2005-04-01", "2005-06-30"), s.Columns[4].Period);
        var change = Cell(r, "Interest on loans", 1);
        Assert.Equal(Unit.Percent, change.Unit);
        Assert.Equal(12m, change.Value);
        Assert.Equal(1_013_000m, Cell(r, "Interest and dividends on securities", 0).Value);
        Assert.Equal("Interest income", Cell(r, "Total interest income", 4).Section);
    }

    [Fact]
    public void WholeDollarsNumericDatesUnlabeledTotalsAndDashContinuedRows()
    {
        var r = Doc.Extract("""
            |                   CONSOLIDATED STATEMENTS OF OPERATIONS DATA
            |<TABLE>
            |                                                             Three Months Ended
            |                                                         3/31/05            3/31/04
            |                                                         -------            -------
            |<S>                                                  <C>                 <C>
            |Revenues:
            |Finance income                                       $16,662,000         $12,864,000
            |
            |Expenses:
            |General and administrative                             3,925,000           2,981,000
            |Interest                                                 496,000             285,000
            |                                                       4,421,000           3,266,000
            |
            |Net income                                           $ 7,281,000         $ 5,433,000
            |
            |Net income per share - Basic                               $0.54               $0.41
            |                     - Diluted                             $0.51               $0.38
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(D("2005-01-01", "2005-03-31"), s.Columns[0].Period);
        Assert.Equal(16_662_000m, Cell(r, "Finance income", 0).Value);
        Assert.Equal(0, Cell(r, "Finance income", 0).Decimals);
        Assert.Equal("", Cell(r, "Net income", 0).Section);
        var diluted = Cell(r, "Net income per share - Diluted", 1);
        Assert.Equal(0.38m, diluted.Value);
        Assert.Equal(Unit.UsdPerShare, diluted.Unit);
        Assert.Equal("us-gaap:EarningsPerShareDiluted", diluted.Concept);
    }

    [Fact]
    public void WeekBasedQuarterEndingOnASaturday()
    {
        var r = Doc.Extract("""
            |                  Consolidated Statements of Operations
            |                      (In thousands, except per share data)
            |                                          Three Months Ended         Nine Months Ended
            |                                        ----------------------    ----------------------
            |                                         Mar 31,     Apr 1,        Mar 31,     Apr 1,
            |                                          2007        2006          2007        2006
            |                                        ---------   ---------    ---------   ---------
            |Net revenues                            $  32,913   $  29,020    $  97,450   $  81,227
            |Cost of revenues                           21,042      18,943       62,548      54,060
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(D("2006-12-31", "2007-03-31"), s.Columns[0].Period);
        Assert.Equal(D("2006-01-01", "2006-04-01"), s.Columns[1].Period);
        Assert.Equal(D("2006-07-02", "2007-03-31"), s.Columns[2].Period);
    }

    [Fact]
    public void SharesPrintedWholeUnderAThousandsNoteAreToldByEarningsPerShare()
    {
        var r = Doc.Extract("""
            |CONSOLIDATED STATEMENTS OF INCOME          Quarter Ended
            |(in 000s, except per share data)           December 31,
            |                                         2005        2004
            |                                      ---------   ---------
            |Net income                            $   3,983   $   3,419
            |Basic earnings per share              $    0.40   $    0.34
            |Weighted average shares outstanding   9,897,398   9,955,622
            """);
        var shares = Cell(r, "Weighted average shares outstanding", 0);
        Assert.Equal(9_897_398m, shares.Value);
        Assert.Equal(3_983_000m, Cell(r, "Net income", 0).Value);
    }

    [Fact]
    public void DoubleSpacedDocumentsKeepWrappedLabelsTogether()
    {
        var r = Doc.Extract("""
            |                  Consolidated Statements of Operations
            |
            |                        (In thousands, except per share data)
            |
            |                                            Three Months Ended
            |
            |                                           Sep 30,      Jun 30,
            |
            |                                            2003         2003
            |
            |                                          --------     --------
            |
            |Net revenues                              $ 11,072     $ 11,506
            |
            |Selling, general and
            |
            | administrative                              2,515        2,654
            |
            |Net loss                                    (1,234)        (567)
            |
            |This line is here to make the document long enough to be seen as double spaced.
            |
            |It goes on for a while, as releases do, with more text than tables in them.
            |
            |And then some more words, a third line of prose after the statement above.
            |
            |A fourth line.
            |
            |A fifth line.
            |
            |A sixth line.
            |
            |A seventh line.
            |
            |An eighth line.
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(2_654_000m, Cell(r, "Selling, general and administrative", 1).Value);
        Assert.Equal(D("2003-07-01", "2003-09-30"), s.Columns[0].Period);
        Assert.Equal("us-gaap:SellingGeneralAndAdministrativeExpense", Cell(r, "Selling, general and administrative", 1).Concept);
    }

    [Fact]
    public void MillionsWithPerShareUnscaled()
    {
        var r = Doc.Extract("""
            |                     CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
            |                     (In millions, except per share amounts)
            |                                                Year Ended
            |                                          Sept. 24,     Sept. 25,
            |                                            2005          2004
            |                                          --------      --------
            |Net sales                                 $ 13,931      $  8,279
            |Net income                                $  1,335      $    276
            |Diluted earnings per share                $   1.56      $   0.36
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(13_931_000_000m, Cell(r, "Net sales", 0).Value);
        Assert.Equal(-6, Cell(r, "Net sales", 0).Decimals);
        Assert.Equal(1.56m, Cell(r, "Diluted earnings per share", 0).Value);
        Assert.Equal(D("2004-09-26", "2005-09-24"), s.Columns[0].Period);
    }

    [Fact]
    public void ATableContinuedOverAPageBreakIsOneStatement()
    {
        var r = Doc.Extract("""
            |                      CONSOLIDATED BALANCE SHEETS
            |                            (in thousands)
            |                                         December 31,   December 31,
            |                                             2006           2005
            |                                         ------------   ------------
            |Cash and cash equivalents                 $   22,119     $    8,774
            |Inventories                                    2,830          2,435
            |<PAGE>
            |                CONSOLIDATED BALANCE SHEETS (continued)
            |                            (in thousands)
            |                                         December 31,   December 31,
            |                                             2006           2005
            |                                         ------------   ------------
            |Accounts payable                          $    4,784     $    4,178
            |Total liabilities and stockholders' equity    32,079         17,495
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(4, s.Rows.Count);
        Assert.Equal(32_079_000m, Cell(r, "Total liabilities and stockholders' equity", 0).Value);
        Assert.Equal(new Instant(new DateOnly(2005, 12, 31)), Cell(r, "Accounts payable", 1).Period);
    }

    [Fact]
    public void ATableWithoutAScaleNoteTakesTheScaleItsProseShows()
    {
        var r = Doc.Extract("""
            |In the quarter ended December 31, 2005, net income grew 24% to $4.0 million,
            |compared to $3.4 million in the same quarter a year ago. Total interest income
            |was $17.3 million for the quarter.
            |
            |CONSOLIDATED STATEMENTS OF INCOME           Quarter Ended
            |(unaudited)                                December 31,
            |                                         2005        2004
            |                                      ---------   ---------
            |Total interest income                 $  17,328   $  13,294
            |Net income                            $   3,983   $   3,419
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(1000m, s.Scale);
        Assert.Equal(3_983_000m, Cell(r, "Net income", 0).Value);
        Assert.Equal(-3, Cell(r, "Net income", 0).Decimals);
    }

    /// <summary>A short release whose outlook sentence and event sentence stand, each a paragraph of one line, right above a table's title.</summary>
    private static Extraction.ExtractionResult OneLineParagraphsAboveATable(string paragraphs) => Doc.Extract($$"""
        |    ACME Corp. Reports Second Quarter 2007 Results
        |
        |    BOSTON--(BUSINESS WIRE)--July 26, 2007--ACME Corp. (NASDAQ: ACMC)
        |today reported its results for the second quarter of 2007.
        |
        {{paragraphs}}
        |
        |              ACME CORP.
        |         STATEMENTS OF OPERATIONS
        | Amounts in thousands, except per share data.
        |                          Three Months Ended
        |                               June 30,
        |                            2007      2006
        |Revenues                  $ 6,974   $ 5,637
        |Cost of revenues            1,922     1,669
        |                          -------   -------
        |Gross profit                5,052     3,968
        """);

    [Fact]
    public void AnOutlookSentenceOnItsOwnLineAboveATableIsProseNotTheTitle()
    {
        var r = OneLineParagraphsAboveATable("|ACME expects third quarter 2007 revenue of $7.0 million to $7.4 million.");
        var s = Assert.Single(r.Statements);
        Assert.Equal("STATEMENTS OF OPERATIONS", s.Title);
        Assert.Equal(6_974_000m, Cell(r, "Revenues", 0).Value); // the scale note under the title still counts
        var g = Assert.Single(r.Disclosures.Guidance);
        Assert.Equal(("revenue", 7_000_000m, 7_400_000m, 2007, 3), (g.Measure, g.Low!.Value, g.High!.Value, g.Period.Year, g.Period.Quarter));
    }

    [Fact]
    public void AnEventSentenceOnItsOwnLineAboveATableIsProseNotTheTitle()
    {
        var r = OneLineParagraphsAboveATable("""
            |ACME expects third quarter 2007 revenue of $7.0 million to $7.4 million.
            |
            |In June ACME received FDA clearance for its QuickSeal catheter.
            """);
        Assert.Equal("STATEMENTS OF OPERATIONS", Assert.Single(r.Statements).Title);
        var e = Assert.Single(r.Disclosures.Events);
        Assert.Equal(Events.EventKind.RegulatoryClearance, e.Kind);
        Assert.Equal("In June ACME received FDA clearance for its QuickSeal catheter.", e.Text);
        Assert.Contains("QuickSeal", e.Names);
        Assert.Single(r.Disclosures.Guidance);
    }
}
