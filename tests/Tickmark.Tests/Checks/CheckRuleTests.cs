using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Checks;

/// <summary>One small statement per check rule and per table structure the corpus taught the checks.</summary>
public class CheckRuleTests
{
    private static IEnumerable<CheckResult> Rule(ExtractionResult r, string rule) => r.Checks.Where(c => c.Rule == rule);

    private const string Operations = """
        |                    STATEMENTS OF OPERATIONS
        |                         (in thousands)
        |                                   Three Months Ended
        |                                      December 31,
        |                                    2006        2005
        |                                  --------    --------
        |Net revenues                      $11,506     $12,967
        |Cost of revenues                    8,027       8,294
        |   Gross profit                     3,479       4,673
        |Operating expenses:
        |   Research and development         2,871       2,958
        |   Selling, general and
        |    administrative                  2,654       2,949
        |   Restructuring charge               ---         ---
        |        Total                       5,525       5,907
        |Loss from operations              (2,046)     (1,234)
        |Other income, net                   1,323       1,052
        |Loss before income taxes             (723)       (182)
        |Income tax benefit                   (253)        (64)
        |Net loss                             (470)       (118)
        """;

    [Fact]
    public void ResultStepsFollowFromTheRowsBetweenAndATotalWithoutRulesStandsForItsRows()
    {
        // 3,479 - 5,525 = -2,046; -2,046 + 1,323 = -723; a tax benefit printed (253) is deducted: -723 + 253 = -470.
        var r = Doc.Extract(Operations);
        Assert.Equal(2, Rule(r, "operating-result").Count(c => c.Message.StartsWith("Loss from operations") && c.Status == CheckStatus.Pass));
        Assert.Equal(2, Rule(r, "operating-result").Count(c => c.Message.StartsWith("Gross profit") && c.Status == CheckStatus.Pass));
        Assert.Equal(4, Rule(r, "net-result").Count(c => c.Status == CheckStatus.Pass));
        // "Total" under "Operating expenses:" in a table without rules foots its three rows.
        Assert.Equal(2, Rule(r, "footing").Count(c => c.Status == CheckStatus.Pass && c.Facts.Count == 4));
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Theory]
    [InlineData("Loss from operations              (2,046)", "Loss from operations              (3,046)", "operating-result")]
    [InlineData("Other income, net                   1,323", "Other income, net                   2,323", "net-result")]
    [InlineData("Income tax benefit                   (253)", "Income tax benefit                   (353)", "net-result")]
    public void AChangedStepFails(string printed, string changed, string rule)
    {
        Assert.Contains(printed, Operations);
        var r = Doc.Extract(Operations.Replace(printed, changed));
        Assert.Contains(Rule(r, rule), c => c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void AGrandTotalOverSubtotalsFootsTheWholeSection()
    {
        // Net loans (a row under a rule) stands for gross loans and the reserve; Total current assets for its rows.
        var r = Doc.Extract("""
            |                BALANCE SHEETS (in thousands)
            |                                    June 30,     March 31,
            |                                      2006         2006
            |Assets
            |Current assets:
            |   Cash                               $ 100        $  90
            |   Receivables                           50           40
            |      Total current assets              150          130
            |Gross loans                             900          880
            |Reserve for loan losses                 (20)         (18)
            |                                    -------      -------
            |Net loans                               880          862
            |Other assets                             30           28
            |                                    -------      -------
            |      Total assets                   $1,060       $1,020
            """);
        var footings = Rule(r, "footing").ToList();
        Assert.Contains(footings, c => c.Message.StartsWith("Total assets = 1,060,000") && c.Status == CheckStatus.Pass);
        Assert.Contains(footings, c => c.Message.StartsWith("Total assets = 1,020,000") && c.Status == CheckStatus.Pass);
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void ASubtotalRowIsNotAPartOfTheNextTotal()
    {
        var r = Doc.Extract("""
            |DEPOSITS (in thousands)        June 30, 2006   March 31, 2006
            |Savings                           $  32,958        $  35,543
            |Checking                             79,835           78,789
            |                                 ----------       ----------
            |Subtotal                            112,793          114,332
            |CD's
            |  Under $100,000                    245,870          241,581
            |  $100,000 and above                219,008          215,308
            |                                 ----------       ----------
            |Total CD's                          464,878          456,889
            """);
        Assert.Equal(4, Rule(r, "footing").Count(c => c.Status == CheckStatus.Pass));
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void PerShareFiguresAreCheckedInTheirOwnColumnWhenTwoColumnsShareAPeriod()
    {
        // "As reported" and "As restated" columns for the same quarter: 134/26,531 is $0.01, 100/26,531 is $0.00.
        var r = Doc.Extract("""
            |                     STATEMENTS OF OPERATIONS (in thousands)
            |                            Three Months Ended June 30, 2005
            |                            As reported      As restated
            |Net income                    $   134          $   100
            |Basic earnings per share      $  0.01          $  0.00
            |Shares used in computing basic
            | earnings per share            26,531           26,531
            """);
        var perShare = Rule(r, "per-share").ToList();
        Assert.Equal(2, perShare.Count);
        Assert.All(perShare, c => Assert.NotEqual(CheckStatus.Fail, c.Status));
    }

    [Theory]
    // 17,434 thousand shares: -334 / 17,434 = -0.019 → (0.02). With 27,434: -0.012 → (0.01), outside what rounding allows.
    [InlineData("17,434", CheckStatus.Pass)]
    [InlineData("27,434", CheckStatus.Fail)]
    public void PerShareAllowsOnlyWhatTheRoundingOfItsInputsAllows(string shares, CheckStatus expected)
    {
        var r = Doc.Extract($"""
            |           STATEMENTS OF OPERATIONS (in thousands, except per share)
            |                                        Three Months Ended
            |                                        December 31, 2006
            |Net loss applicable to common stockholders      $ (334)
            |Net loss per common share - basic and diluted   $ (0.02)
            |Weighted average shares - basic and diluted      {shares}
            """);
        Assert.Equal(expected, Assert.Single(Rule(r, "per-share")).Status);
    }

    [Fact]
    public void OtherItemsWithASubtotalAndNoRulesAndASummaryWithAMarginAreReadRight()
    {
        // Interest income 18 + interest expense (68) + other (13) = (63), the subtotal; 1,868 - 63 = 1,805.
        var r = Doc.Extract("""
            |                 STATEMENTS OF INCOME (in millions)
            |                                   Three Months Ended
            |                                April 30,     May 1,
            |                                  2023         2022
            |Revenue                          $ 7,192      $ 8,288
            |Cost of revenue                    2,544        2,857
            |Gross profit                       4,648        5,431
            |Total operating expenses           2,508        3,563
            |Income from operations             2,140        1,868
            |    Interest income                  150           18
            |    Interest expense                 (66)         (68)
            |    Other, net                       (15)         (13)
            |        Other income (expense), net   69          (63)
            |Income before income tax           2,209        1,805
            |Income tax expense                   166          187
            |Net income                         2,043        1,618
            |
            |
            |                 SUMMARY (in millions)
            |                                  2023         2022
            |Revenue                          $ 7,192      $ 8,288
            |Gross margin                        64.6%        65.5%
            |Operating expenses                 2,508        3,563
            |Operating income                   2,140        1,868
            """);
        Assert.Equal(4, r.Checks.Count(c => c.Rule == "net-result" && c.Status == CheckStatus.Pass));
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void PartsStayUnderTheirHeadingAndGrowthRatesAreNotFooted()
    {
        var r = Doc.Extract("""
            |              CASH FLOWS (in millions)             July 30, 2023   July 31, 2022
            |Cash at end of period                                 $ 5,882         $ 3,013
            |Reconciliation of cash to the balance sheet:
            |   Cash and cash equivalents                            5,783           3,013
            |   Restricted cash                                         99               -
            |                                                      -------         -------
            |Total cash, cash equivalents, and restricted cash     $ 5,882         $ 3,013
            |
            |
            |              REVENUE GROWTH RATES                       Q4            Q3
            |   Licenses                                             (3%)           11%
            |   Services                                              4%            10%
            |                                                      -------         -------
            |   Total Revenues                                       (2%)            3%
            """);
        Assert.Equal(2, r.Checks.Count(c => c.Rule == "footing" && c.Status == CheckStatus.Pass));
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }
}
