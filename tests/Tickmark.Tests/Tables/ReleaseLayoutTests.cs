using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Tables;

/// <summary>
/// Layouts of real text releases (issue 17), each typed from the document it names: an excerpt
/// in the test, or the corpus file itself when the rule needs the whole release.
/// </summary>
public class ReleaseLayoutTests
{
    private static Duration D(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    private static Instant I(string date) => new(DateOnly.Parse(date));

    private static ExtractionResult Corpus(string file) => new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", file));

    /// <summary>
    /// Pericom Semiconductor, fiscal 2006 third quarter (EDGAR 0001275287-06-002673, EX-99.1): three
    /// quarters and two nine-month periods on a 52/53-week calendar; "per share" finishing the basic
    /// share row below its figures, at the same indent.
    /// </summary>
    [Fact]
    public void FiveColumnsOfThreeQuartersAndTwoYearsToDateAndALabelsLastLineBelowItsFigures()
    {
        var r = Doc.Extract("""
            |                        PERICOM SEMICONDUCTOR CORPORATION
            |                  CONSOLIDATED STATEMENTS OF OPERATIONS - GAAP
            |                      (In thousands, except per share data)
            |                                   (unaudited)
            |
            |                                                              THREE MONTHS ENDED             NINE MONTHS ENDED
            |                                                       --------------------------------    --------------------
            |                                                         APR 1      DEC 31      MAR 26       APR 1      MAR 26
            |                                                         2006        2005        2005        2006        2005
            |                                                       --------    --------    --------    --------    --------
            |Net revenues                                           $ 27,847    $ 26,270    $ 19,433    $ 76,590    $ 58,436
            |
            |Net income (loss)                                      $  1,838    $  1,412    $    100    $  3,875    $   (246)
            |                                                       ========    ========    ========    ========    ========
            |
            |Basic earnings (loss) per share                        $   0.07    $   0.05    $   0.00    $   0.15    $  (0.01)
            |                                                       ========    ========    ========    ========    ========
            |Shares used in computing basic earnings (loss)           26,207      26,253      26,531      26,271      26,533
            |per share
            |                                                       ========    ========    ========    ========    ========
            |Shares used in computing diluted earnings (loss)
            |per share                                                26,984      26,972      27,112      27,033      26,533
            |                                                       ========    ========    ========    ========    ========
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal([D("2006-01-01", "2006-04-01"), D("2005-10-02", "2005-12-31"), D("2004-12-26", "2005-03-26"), D("2005-07-03", "2006-04-01"), D("2004-06-27", "2005-03-26")],
            s.Columns.Select(c => c.Period));
        var basic = r.Facts.Where(f => f.Label == "Shares used in computing basic earnings (loss) per share").ToList();
        Assert.Equal([26_207_000m, 26_253_000m, 26_531_000m, 26_271_000m, 26_533_000m], basic.Select(f => f.Value));
        Assert.All(basic, f => Assert.Equal(Unit.Shares, f.Unit));
        var diluted = r.Facts.Single(f => f.Label == "Shares used in computing diluted earnings (loss) per share" && f.Column == 4);
        Assert.Equal(26_533_000m, diluted.Value);
        Assert.Equal("", diluted.Section);
        Assert.Equal(-246_000m, r.Facts.Single(f => f.Label == "Net income (loss)" && f.Column == 4).Value);
    }

    /// <summary>Pericom, fiscal 2007 third quarter (corpus): "(1)" under "Jul 1, 2006" marks a note; it is no row of -1.</summary>
    [Fact]
    public void AFootnoteMarkUnderAColumnHeadingIsNoRow()
    {
        var r = Corpus("PERICOM_FY2007Q3_ex991.txt");
        var s = r.Statements.Single(x => x.Kind == Concepts.StatementKind.BalanceSheet);
        Assert.Equal([I("2007-03-31"), I("2006-07-01")], s.Columns.Select(c => c.Period));
        Assert.DoesNotContain(s.Rows, row => row.Label.StartsWith('('));
        Assert.DoesNotContain(r.Facts, f => f.StatementIndex == r.Statements.ToList().IndexOf(s) && f.Value == -1_000m);
        Assert.Equal("Cash & cash equivalents", s.Rows[0].Label);
    }

    /// <summary>Horizon Financial, fiscal 2009 second quarter (corpus): a label wrapped over eleven lines, share counts among its words.</summary>
    [Fact]
    public void ALabelWrappedOverManyLinesWithNumbersAmongItsWords()
    {
        var r = Corpus("HORIZONFIN_FY2009Q2_8kbody.txt");
        var f = r.Facts.Single(x => x.Origin == FactOrigin.Table && x.Value == 11_960_000m && x.Statement == Concepts.StatementKind.BalanceSheet);
        Assert.Equal("Common stock, $1.00 par value; 30,000,000 shares authorized; 11,960,371, 11,917,113, and 12,123,595 shares outstanding", f.Label);
        Assert.Equal("Stockholders' equity", f.Section);
    }

    /// <summary>
    /// Horizon Financial, fiscal 2006 third quarter (corpus): no table states its scale; the prose
    /// puts the statements in thousands, and the non-performing assets table, of which the prose
    /// says nothing, is in thousands with them ($1.287 million of non-accrual loans, not $1.287 billion).
    /// </summary>
    [Fact]
    public void ATableWithNoScaleOfItsOwnTakesTheScaleOfTheReleasesOtherTables()
    {
        var r = Corpus("HORIZONFIN_FY2006Q3_8kbody.txt");
        var npa = r.Statements.Single(s => s.Title.StartsWith("NON-PERFORMING ASSETS"));
        Assert.Equal(1_000m, npa.Scale);
        var loans = r.Facts.Single(f => f.Label == "Non-accrual loans" && f.Column == 0);
        Assert.Equal(1_287_000m, loans.Value);
        Assert.Equal(I("2005-12-31"), loans.Period);
        Assert.Equal(0.14m, r.Facts.Single(f => f.Label == "Total non-performing loans/net loans" && f.Column == 0).Value);
        Assert.All(r.Statements.Where(s => s.Rows.Any(row => row.FactIndexes.Any(i => i is { } k && r.Facts[k].Unit == Unit.Usd))), s => Assert.Equal(1_000m, s.Scale));
    }

    /// <summary>
    /// Horizon Financial, fiscal 2006 third quarter (corpus): a bank's statement of income in five
    /// columns, two of them changes; "One Year Change" compares the current quarter with a year ago.
    /// </summary>
    [Fact]
    public void ABanksChangeColumnsDescribeTheCurrentQuarter()
    {
        var r = Corpus("HORIZONFIN_FY2006Q3_8kbody.txt");
        var s = r.Statements[0];
        Assert.Equal(5, s.Columns.Count);
        Assert.True(s.Columns[1].IsChange);
        Assert.True(s.Columns[3].IsChange);
        Assert.Equal(D("2005-10-01", "2005-12-31"), s.Columns[0].Period);
        Assert.Equal(s.Columns[0].Period, s.Columns[1].Period);
        Assert.Equal(s.Columns[0].Period, s.Columns[3].Period);
        Assert.Equal(D("2004-10-01", "2004-12-31"), s.Columns[4].Period);
        var interest = r.Facts.Where(f => f.StatementIndex == 0 && f.Label == "Interest on loans").ToList();
        Assert.Equal(3, interest.Count(f => f.Unit == Unit.Usd));
        Assert.Equal("Interest income", interest[0].Section);
    }

    /// <summary>
    /// Innovative Clinical Solutions, second quarter of fiscal 2001 (EDGAR 0000912057-00-043726,
    /// EX-99): "2000" printed over both nine-month columns' heading lines leaves each its own year,
    /// the one printed last; a revenue line only in some columns keeps its figures in theirs.
    /// </summary>
    [Fact]
    public void EachColumnTakesTheYearPrintedLastUnderItsHeadingAndBlankCellsStayBlank()
    {
        var r = Doc.Extract("""
            |                                      ICSL
            |                                FINANCIAL RESULTS
            |                      (IN THOUSANDS, EXCEPT PER SHARE DATA)
            |
            |                                                      THREE MONTHS ENDED  NINE MONTHS ENDED
            |                                                            JULY 31,           JULY 31,
            |                                                        2000       1999     2000      1999
            |                                                        -----     -----    -----      ----
            |                                                                    (UNAUDITED)
            |
            |Net revenues from services                          $ 11,137     36,668   22,148    80,523
            |Net revenues from management service agreements       14,657     12,857   29,300    29,606
            |Net revenues from real estate services                              327                387
            |                                                                 ------             ------
            |Total revenues                                        25,794     49,852   51,448   110,516
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal([D("2000-05-01", "2000-07-31"), D("1999-05-01", "1999-07-31"), D("1999-11-01", "2000-07-31"), D("1998-11-01", "1999-07-31")],
            s.Columns.Select(c => c.Period));
        var estate = r.Facts.Where(f => f.Label == "Net revenues from real estate services").ToList();
        Assert.Equal([(1, 327_000m), (3, 387_000m)], estate.Select(f => (f.Column!.Value, f.Value)));
        Assert.Equal(110_516_000m, r.Facts.Single(f => f.Label == "Total revenues" && f.Column == 3).Value);
    }

    /// <summary>
    /// Horizon Financial, fiscal 2006 third quarter (corpus): a bank's ratios by period, every
    /// figure a percentage; the nine-month columns are periods, not changes, and the ratios printed
    /// only for quarter ends leave the nine-month cells blank.
    /// </summary>
    [Fact]
    public void ABanksRatiosInPercentAreFiguresOfTheirPeriods()
    {
        var r = Corpus("HORIZONFIN_FY2006Q3_8kbody.txt");
        var s = r.Statements.Single(x => x.Title.StartsWith("CONSOLIDATED FINANCIAL RATIOS"));
        Assert.DoesNotContain(s.Columns, c => c.IsChange);
        Assert.Equal(D("2005-04-01", "2005-12-31"), s.Columns[3].Period);
        Assert.Equal(D("2004-04-01", "2004-12-31"), s.Columns[4].Period);
        var roe = r.Facts.Single(f => f.Label == "Return on average equity" && f.Column == 3);
        Assert.Equal((14.14m, Unit.Percent), (roe.Value, roe.Unit));
        var equity = s.Rows.Single(row => row.Label == "Equity-to-assets ratio");
        Assert.Equal([true, true, true, false, false], equity.FactIndexes.Select(i => i is not null));
        Assert.Equal(10.20m, r.Facts[equity.FactIndexes[0]!.Value].Value);
    }

    /// <summary>
    /// Southern Company, fourth quarter 2006 (EDGAR 0000092122-07-000008, EX-99.03): "$ 0.25" printed
    /// one space after "Synfuels" is the row's first figure, not a word of its label; the 2006 quarter
    /// keeps its column.
    /// </summary>
    [Fact]
    public void ADollarFigureOneSpaceAfterTheLabelIsTheRowsFirstCell()
    {
        var r = Doc.Extract("""
            |                                Southern Company
            |                        Significant Factors Impacting EPS
            |
            |                                            3 Months Ended December           12 Months Ended December
            |                                         -----------------------------      ------------------------------
            |                                          2006       2005      Change        2006       2005      Change
            |                                         ------     ------    --------      ------     ------    ---------
            |
            |Consolidated Earnings-Excluding Synfuels $ 0.25     $ 0.20      $0.05       $ 2.10     $ 2.03      $0.07
            |(See Notes)
            |  Total-As Reported                                              0.04                              (0.02)
            |  Less: Synthetic Fuels                                          0.01                               0.09
            """);
        var s = Assert.Single(r.Statements);
        Assert.Equal(6, s.Columns.Count);
        var row = r.Facts.Where(f => f.Label == "Consolidated Earnings-Excluding Synfuels").ToList();
        Assert.Equal([0.25m, 0.20m, 0.05m, 2.10m, 2.03m, 0.07m], row.Select(f => f.Value));
        Assert.Equal(D("2006-10-01", "2006-12-31"), row[0].Period);
        Assert.Equal(D("2005-01-01", "2005-12-31"), row[4].Period);
    }

    /// <summary>
    /// Southern Company, fourth quarter 2006 (EDGAR 0000092122-07-000008, EX-99.03): the table repeats
    /// its headings with no title of its own before "Consolidated Earnings-Excluding Synfuels"; that
    /// part continues "Significant Factors Impacting EPS", so its figures are dollars per share, not
    /// millions like the release's other tables.
    /// </summary>
    [Fact]
    public void HeadingsRepeatedWithoutATitleContinueTheTableAbove()
    {
        var r = Doc.Extract("""
            |                                Southern Company
            |                        Financial Highlights
            |                (In Millions of Dollars Except Earnings Per Share)
            |
            |                                                   3 Months Ended December      12 Months Ended December
            |                                                   -----------------------      ------------------------
            |                                                     2006           2005          2006            2005
            |                                                   --------       --------      --------        --------
            |   Retail Business                                  $  128         $   90       $ 1,292         $ 1,251
            |   Competitive Generation                               71             62           305             270
            |   Net Income - As Reported                         $  188         $  159       $ 1,573         $ 1,591
            |                                                    ======         ======       =======         =======
            |
            |                                Southern Company
            |                        Significant Factors Impacting EPS
            |
            |                                            3 Months Ended December           12 Months Ended December
            |                                         -----------------------------      ------------------------------
            |                                          2006       2005      Change        2006       2005      Change
            |                                         ------     ------    --------      ------     ------    --------
            |
            |Consolidated Earnings-As Reported        $ 0.25     $ 0.21      $0.04       $ 2.12     $ 2.14     $(0.02)
            |   Retail Business                                               0.05                               0.06
            |
            |
            |                                            3 Months Ended December           12 Months Ended December
            |                                         -----------------------------      ------------------------------
            |                                          2006       2005      Change        2006       2005      Change
            |                                         ------     ------    --------      ------     ------    ---------
            |
            |Consolidated Earnings-Excluding Synfuels $ 0.25     $ 0.20      $0.05       $ 2.10     $ 2.03      $0.07
            |  Less: Synthetic Fuels                                          0.01                               0.09
            """);
        Assert.Equal(1_573_000_000m, r.Facts.Where(f => f.Label == "Net Income - As Reported").ElementAt(2).Value);
        var excluding = r.Facts.Where(f => f.Label == "Consolidated Earnings-Excluding Synfuels").ToList();
        Assert.Equal([0.25m, 0.20m, 0.05m, 2.10m, 2.03m, 0.07m], excluding.Select(f => f.Value));
        Assert.All(excluding, f => Assert.Equal(Unit.UsdPerShare, f.Unit));
        Assert.Equal(Unit.UsdPerShare, r.Facts.Single(f => f.Label == "Less: Synthetic Fuels" && f.Value == 0.09m).Unit);
    }

    /// <summary>
    /// Sears, Roebuck and Co., second quarter 2004 (EDGAR 0000891092-04-003383, EX-99): a segment table
    /// titled "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" at the labels' margin over
    /// "Domestic | Sears Canada | Consolidated" and "2004  2003*"; a year marked for a footnote still
    /// heads its column, each year takes its own date of the title, and the footnote's own table
    /// (its headings over the figures, no year) is a table of its own in the millions of the one above.
    /// </summary>
    [Fact]
    public void ATitleOfTwoDatesOverMarkedYearsAndAFootnotesTableUnderIt()
    {
        var r = Doc.Extract("""
            |    SEARS, ROEBUCK AND CO.
            |    Segment Income Statements
            |    (millions)
            |
            |    For the 13 Weeks Ended July 3, 2004 and June 28, 2003
            |
            |                            Domestic        Sears Canada      Consolidated
            |
            |                         2004     2003*    2004     2003     2004     2003
            |
            |    Merchandise sales
            |     and services       $7,673   $7,871   $1,027   $  980   $8,700  $ 8,851
            |    Total revenues       7,673    9,137    1,108    1,059    8,781   10,196
            |
            |    Operating income    $   42   $  466   $   11   $   23   $   53  $   489
            |
            |    Foreign exchange rate
            |     (quarterly average)                  0.7353   0.7109
            |
            |    * Domestic segment detail for the 13 weeks ended June 28, 2003
            |
            |
            |                                Retail &     Credit &
            |                                Related      Financial  Corporate &   Total
            |                                Services     Products     Other     Domestic
            |
            |    Merchandise sales and
            |     services                     $7,771     $    -      $  100      $7,871
            |    Total revenues                 7,771      1,266         100       9,137
            |
            |    Operating income/ (loss)      $  183     $  355      $  (72)     $  466
            """);
        Assert.Equal(2, r.Statements.Count);
        var thisYear = D("2004-04-04", "2004-07-03");
        var lastYear = D("2003-03-30", "2003-06-28");
        Assert.Equal([thisYear, lastYear, thisYear, lastYear, thisYear, lastYear], r.Statements[0].Columns.Select(c => c.Period));
        var income = r.Facts.Where(f => f.Label == "Operating income").ToList();
        Assert.Equal([42_000_000m, 466_000_000m, 11_000_000m, 23_000_000m, 53_000_000m, 489_000_000m], income.Select(f => f.Value));
        var rate = r.Facts.Where(f => f.Label == "Foreign exchange rate (quarterly average)").ToList();
        Assert.Equal([0.7353m, 0.7109m], rate.Select(f => f.Value));
        Assert.Equal(Unit.Pure, rate[0].Unit);
        var detail = r.Facts.Where(f => f.Label == "Operating income/ (loss)").ToList();
        Assert.Equal([183_000_000m, 355_000_000m, -72_000_000m, 466_000_000m], detail.Select(f => f.Value));
        Assert.All(detail, f => Assert.Equal(lastYear, f.Period));
        Assert.Equal([7_771_000_000m, 0m, 100_000_000m, 7_871_000_000m],
            r.Facts.Where(f => f.Label == "Merchandise sales and services" && f.Period == lastYear).Skip(3).Select(f => f.Value));
    }

    /// <summary>
    /// Sears, Roebuck and Co., second quarter 2004 (EDGAR 0000891092-04-003383, EX-99), supplemental
    /// information. Inventories under bare dates ("July 3, / 2004") with no length anywhere are amounts
    /// at those dates; "Domestic Retail Stores:" counts stores, not millions of dollars, and its total
    /// wraps ("Total Domestic Retail" / " Stores  1,996"); "Accelerated Depreciation" / " resulting
    /// from CSC Purchased" / " Services transaction  39" is one label of three lines (a hanging indent,
    /// not a heading); the summary takes the release's millions, and so do its share counts printed
    /// with a fraction (216.5 million, as the prose says).
    /// </summary>
    [Fact]
    public void BareDatesStoreCountsAThreeLineLabelAndFractionalShareCounts()
    {
        var r = Doc.Extract("""
            |    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck
            |and Co. (NYSE: S) today reported net income of $53 million, or $0.24 per share
            |on an average base of 216.5 million common equivalent shares, for the second
            |quarter ended July 3, 2004, compared with net income of $309 million, or $1.04
            |per share.
            |
            |
            |
            |    SEARS, ROEBUCK AND CO.
            |    SUPPLEMENTAL INFORMATION - INVENTORY, STORE COUNT AND SUMMARY OF CERTAIN
            |     SIGNIFICANT ITEMS
            |
            |    ($ in millions, except earnings per share)
            |
            |    Domestic Inventories:
            |                               July 3,  June 28, January 3,
            |                                2004     2003      2004
            |
            |                    -LIFO      $4,945   $4,881    $4,728
            |                    -FIFO      $5,526   $5,507    $5,308
            |
            |
            |    Domestic Retail Stores:
            |                               July 3,  June 28, January 3,
            |                                2004     2003      2004
            |      Full-line                   871      869       871
            |      Specialty                 1,109    1,307     1,105
            |      Lands' End                   16       15        16
            |        Total Domestic Retail
            |         Stores                 1,996    2,191     1,992
            |
            |
            |    Summary of Certain Significant Items:(1)
            |
            |                                   For the 13 Weeks     For the 13 Weeks
            |                                  Ended July 3, 2004   Ended June 28, 2003
            |                                            Earnings             Earnings
            |                                  Pretax   Per Share   Pretax    Per Share
            |
            |    Negative carry related to
            |     Credit legacy debt             $19      $0.05     $   -      $    -
            |
            |    Special Charges                  41       0.12        28        0.06
            |
            |    Accelerated Depreciation
            |     resulting from CSC Purchased
            |     Services transaction            39       0.12         -           -
            |
            |    Proforma effects on the
            |     prior year:
            |      Divested Businesses:
            |        Operating income              -         -       (364)      (0.78)
            |        Zero-percent financing
            |         costs                        -         -         60        0.13
            |        Pro forma revenues
            |         earned under Citigroup
            |         alliance                     -         -         40        0.09
            |        Total divested businesses     -         -       (264)      (0.56)
            |
            |    Retirement plan accounting
            |     change (2)                       -         -         17        0.04
            |
            |    Total                           $99      $0.29     $(219)     $(0.46)
            |
            |    Average common equivalent
            |     shares outstanding                     216.5                  298.0
            """);
        var lifo = r.Facts.Where(f => f.Label == "-LIFO").ToList();
        Assert.Equal([4_945_000_000m, 4_881_000_000m, 4_728_000_000m], lifo.Select(f => f.Value));
        Assert.Equal([I("2004-07-03"), I("2003-06-28"), I("2004-01-03")], lifo.Select(f => f.Period));
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.PeriodUnknown);
        var fullLine = r.Facts.Where(f => f.Label == "Full-line").ToList();
        Assert.Equal([871m, 869m, 871m], fullLine.Select(f => f.Value));
        Assert.All(fullLine, f => Assert.Equal(Unit.Pure, f.Unit));
        Assert.Equal([I("2004-07-03"), I("2003-06-28"), I("2004-01-03")], fullLine.Select(f => f.Period));
        Assert.Equal([1_996m, 2_191m, 1_992m], r.Facts.Where(f => f.Label == "Total Domestic Retail Stores").Select(f => f.Value));
        var accelerated = r.Facts.Where(f => f.Label == "Accelerated Depreciation resulting from CSC Purchased Services transaction").ToList();
        Assert.Equal([39_000_000m, 0.12m, 0m, 0m], accelerated.Select(f => f.Value));
        Assert.Equal([Unit.Usd, Unit.UsdPerShare], accelerated.Take(2).Select(f => f.Unit));
        Assert.Equal(D("2004-04-04", "2004-07-03"), accelerated[0].Period);
        Assert.Equal(D("2003-03-30", "2003-06-28"), accelerated[2].Period);
        var shares = r.Facts.Where(f => f.Origin == FactOrigin.Table && f.Label == "Average common equivalent shares outstanding").ToList();
        Assert.Equal([216_500_000m, 298_000_000m], shares.Select(f => f.Value));
        Assert.All(shares, f => Assert.Equal(Unit.Shares, f.Unit));
    }

    /// <summary>
    /// Southern Company, fourth quarter 2006 (EDGAR 0000092122-07-000008, EX-99.02): "Financial
    /// Highlights" prints "(Notes)" under its years, then repeats its headings without the marks and
    /// without a title before "Consolidated Earnings-Excluding Synfuels": the same table, in the same
    /// millions. "End of Period Shares Outstanding" in the twelve-month columns is a count at December 31.
    /// </summary>
    [Fact]
    public void HeadingsRepeatedWithoutTheirNoteMarksContinueTheTableAndEndOfPeriodIsAnInstant()
    {
        var r = Doc.Extract("""
            |                                Southern Company
            |                              Financial Highlights
            |               (In Millions of Dollars Except Earnings Per Share)
            |
            |<TABLE>
            |<CAPTION>
            |
            |
            |                                                   3 Months Ended December      12 Months Ended December
            |                                                   -----------------------      ------------------------
            |                                                     2006           2005          2006            2005
            |                                                   --------       --------      --------        --------
            |                                                    (Notes)        (Notes)       (Notes)         (Notes)
            |Consolidated Earnings-As Reported
            |
            |(See Notes)
            |<S>                                                 <C>            <C>          <C>             <C>
            |   Retail Business                                  $  128         $   90       $ 1,292         $ 1,251
            |   Competitive Generation                               71             62           305             270
            |                                                    ------         ------       -------         -------
            |     Total                                             199            152         1,597           1,521
            |   Synthetic Fuels                                       6             12            12              85
            |   Leasing Business                                      6              7            22              27
            |   Parent Company and Other                            (23)           (12)          (58)            (42)
            |                                                    ------         ------       -------         -------
            |   Net Income - As Reported                         $  188         $  159       $ 1,573         $ 1,591
            |                                                    ======         ======       =======         =======
            |
            |   Basic Earnings Per Share - (See Notes)           $ 0.25         $ 0.21       $  2.12         $  2.14
            |
            |   Operating Revenues                               $3,152         $3,290       $14,356         $13,554
            |   Average Shares Outstanding (in millions)            745            742           743             744
            |   End of Period Shares Outstanding (in millions)                                   747             742
            |
            |
            |                                                   3 Months Ended December      12 Months Ended December
            |                                                   -----------------------      ------------------------
            |                                                     2006           2005          2006            2005
            |                                                   --------       --------      --------        --------
            |
            |Consolidated Earnings-Excluding Synfuels
            |(See Notes)
            |   Net Income - As Reported                         $  188         $  159       $ 1,573         $ 1,591
            |   Less: Synthetic Fuels                                (6)           (12)          (12)            (85)
            |                                                    ------         ------       -------         -------
            |   Net Income-Excluding Synthetic Fuels             $  182         $  147       $ 1,561         $ 1,506
            |                                                    ======         ======       =======         =======
            """);
        var excluding = r.Facts.Where(f => f.Label == "Net Income-Excluding Synthetic Fuels").ToList();
        Assert.Equal([182_000_000m, 147_000_000m, 1_561_000_000m, 1_506_000_000m], excluding.Select(f => f.Value));
        Assert.Equal([D("2006-10-01", "2006-12-31"), D("2005-10-01", "2005-12-31"), D("2006-01-01", "2006-12-31"), D("2005-01-01", "2005-12-31")],
            excluding.Select(f => f.Period));
        Assert.Equal([-6_000_000m, -12_000_000m, -12_000_000m, -85_000_000m], r.Facts.Where(f => f.Label == "Less: Synthetic Fuels").Select(f => f.Value));
        var end = r.Facts.Where(f => f.Label == "End of Period Shares Outstanding (in millions)").ToList();
        Assert.Equal([747_000_000m, 742_000_000m], end.Select(f => f.Value));
        Assert.Equal([I("2006-12-31"), I("2005-12-31")], end.Select(f => f.Period));
        var average = r.Facts.Where(f => f.Label == "Average Shares Outstanding (in millions)").ToList();
        Assert.Equal(D("2006-01-01", "2006-12-31"), average[2].Period);
    }

    /// <summary>
    /// Horizon Financial, fiscal 2006 third quarter (corpus): the allowance for loan losses rolls forward
    /// from "Balance at beginning of period" to "Balance at end of period": balances at the day before the
    /// column's first and at its last, not amounts over the quarter.
    /// </summary>
    [Fact]
    public void ARollForwardsBeginningAndEndBalancesAreInstants()
    {
        var r = Corpus("HORIZONFIN_FY2006Q3_8kbody.txt");
        var beginning = r.Facts.Where(f => f.Label == "Balance at beginning of period").ToList();
        Assert.Equal([13_161_000m, 12_448_000m, 10_857_000m, 11_767_000m, 10_122_000m], beginning.Select(f => f.Value));
        Assert.Equal([I("2005-09-30"), I("2005-06-30"), I("2004-09-30"), I("2005-03-31"), I("2004-03-31")], beginning.Select(f => f.Period));
        var ending = r.Facts.Where(f => f.Label == "Balance at end of period").ToList();
        Assert.Equal([13_925_000m, 13_161_000m, 11_168_000m, 13_925_000m, 11_168_000m], ending.Select(f => f.Value));
        Assert.Equal([I("2005-12-31"), I("2005-09-30"), I("2004-12-31"), I("2005-12-31"), I("2004-12-31")], ending.Select(f => f.Period));
    }

    /// <summary>
    /// Southern Company, fourth quarter 2006 (EDGAR 0000092122-07-000008, EX-99.05): "(In Millions of
    /// KWHs)" scales kilowatt-hours, not dollars: 46,954 is 46,954 million kilowatt-hours sold, a count.
    /// </summary>
    [Fact]
    public void AScaleOfSomethingCountedIsNoMoney()
    {
        var r = Doc.Extract("""
            |                                                                   EXHIBIT 99.05
            |                                Southern Company
            |                               Kilowatt-Hour Sales
            |                              (In Millions of KWHs)
            |
            |<TABLE>
            |<CAPTION>
            |
            |
            |                           3 Months Ended December             12 Months Ended December
            |                         ---------------------------        -------------------------------
            |Kilowatt-Hour Sales       2006     2005      Change           2006       2005      Change
            |(See Notes)              ------   ------    --------        --------   --------  ----------
            |
            |<S>                      <C>      <C>         <C>            <C>        <C>         <C>
            |  Total Sales            46,954   46,492      1.0%           201,135    196,877     2.2%
            |
            |  Total Retail Sales-    36,874   37,518     -1.7%           161,334    159,076     1.4%
            |    Residential          11,031   11,445     -3.6%            52,383     51,081     2.5%
            |    Commercial           12,347   12,354     -0.1%            52,987     51,857     2.2%
            |    Industrial           13,273   13,476     -1.5%            55,044     55,141    -0.2%
            |    Other                   223      243     -8.2%               920        997    -7.6%
            |
            |  Total Wholesale Sales  10,080    8,974     12.3%            39,801     37,801     5.3%
            |
            |</TABLE>
            """);
        var total = r.Facts.Where(f => f.Label == "Total Sales").ToList();
        Assert.Equal([46_954_000_000m, 46_492_000_000m, 1.0m, 201_135_000_000m, 196_877_000_000m, 2.2m], total.Select(f => f.Value));
        Assert.Equal([Unit.Pure, Unit.Pure, Unit.Percent, Unit.Pure, Unit.Pure, Unit.Percent], total.Select(f => f.Unit));
        Assert.Equal(D("2006-01-01", "2006-12-31"), total[3].Period);
        Assert.Equal(223_000_000m, r.Facts.First(f => f.Label == "Other").Value);
    }

    /// <summary>
    /// Southern Company, fourth quarter 2006 (EDGAR 0000092122-07-000008, EX-99.06): "Alabama Power -"
    /// heads the subsidiary's rows as "Consolidated -" does; the dash after a space breaks no word, so
    /// "Operating Revenues" under it is a row of its own, in the section "Alabama Power".
    /// </summary>
    [Fact]
    public void AHeadingEndingInADashHeadsTheRowsBelow()
    {
        var r = Doc.Extract("""
            |                                                                   EXHIBIT 99.06
            |                                Southern Company
            |                               Financial Overview
            |                            (In Millions of Dollars)
            |
            |<TABLE>
            |<CAPTION>
            |
            |                                       3 Months Ended December                12 Months Ended December
            |                                    ------------------------------       ---------------------------------
            |                                     2006      2005      % Change          2006       2005       % Change
            |                                    ------    ------    ----------       --------   --------    ----------
            | Consolidated -
            |<S>                               <C>       <C>           <C>          <C>        <C>            <C>
            |   Operating Revenues               $3,152    $3,290       -4.2%         $ 14,356   $ 13,554       5.9%
            |   Earnings Before Income Taxes        234       174       34.5%            2,355      2,186       7.7%
            |   Net Income                          188       159       18.6%            1,573      1,591      -1.1%
            |
            | Alabama Power -
            |   Operating Revenues               $1,120    $1,134       -1.2%          $ 5,015    $ 4,648       7.9%
            |   Earnings Before Income Taxes        136       106       28.4%              873        817       6.8%
            |   Net Income Available to Common       80        57       39.7%              518        508       1.9%
            |
            | Georgia Power -
            |   Operating Revenues               $1,579    $1,694       -6.8%          $ 7,246    $ 7,076       2.4%
            |   Earnings Before Income Taxes        105        99        6.2%            1,234      1,195       3.3%
            |   Net Income Available to Common       76        61       23.6%              787        744       5.8%
            """);
        var revenues = r.Facts.Where(f => f.Label == "Operating Revenues").ToList();
        Assert.Equal(["Consolidated", "Alabama Power", "Georgia Power"], revenues.Select(f => f.Section).Distinct());
        var alabama = revenues.Where(f => f.Section == "Alabama Power").ToList();
        Assert.Equal([1_120_000_000m, 1_134_000_000m, -1.2m, 5_015_000_000m, 4_648_000_000m, 7.9m], alabama.Select(f => f.Value));
        Assert.Equal(D("2006-01-01", "2006-12-31"), alabama[3].Period);
        Assert.Equal(["Alabama Power", "Georgia Power"], r.Facts.Where(f => f.Label == "Net Income Available to Common").Select(f => f.Section).Distinct());
    }
}
