using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// The basis, sign, instant and dimension rules on real releases of the corpus; every figure checked
/// here is printed in the document (the hand labels of ../shared/groundtruth/corpus give the same).
/// </summary>
public sealed class RealDocumentConceptTests
{
    private static readonly Dictionary<string, ExtractionResult> Results = new();

    private static ExtractionResult Extract(string document)
    {
        lock (Results)
        {
            if (!Results.TryGetValue(document, out var r))
                Results[document] = r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, document));
            return r;
        }
    }

    private static List<Fact> Table(string document, string label, StatementKind? kind = null) =>
        Extract(document).Facts.Where(f => f.Origin == FactOrigin.Table && f.Label == label && (kind is null || f.Statement == kind)).ToList();

    [Fact]
    public void NonGaapTablesAndRowsCarryNoGaapElement()
    {
        // NVIDIA's newsroom: a "Non-GAAP" summary table beside a summary headed "GAAP".
        var nvda = Extract("html/NVDA_FY2024Q4_newsroom.html");
        var nonGaap = nvda.Facts.Where(f => f.Origin == FactOrigin.Table && f.Basis == FactBasis.NonGaap).ToList();
        Assert.Contains(nonGaap, f => f.Label == "Operating income" && f.Value == 14_749_000_000m);
        Assert.All(nonGaap, f => Assert.Null(f.Concept));
        var gaapSummary = Table("html/NVDA_FY2024Q4_newsroom.html", "Operating income").First(f => f.Value == 13_615_000_000m);
        Assert.Equal((FactBasis.Gaap, "us-gaap:OperatingIncomeLoss"), (gaapSummary.Basis, gaapSummary.Concept));
        // Pericom: the pro forma statement of operations and the GAAP-to-pro-forma reconciliation.
        var pericom = Extract("text/PERICOM_FY2005Q2_ex991.txt");
        Assert.All(pericom.Facts.Where(f => f.Origin == FactOrigin.Table && f.StatementIndex == 1), f => Assert.Equal((FactBasis.NonGaap, (string?)null), (f.Basis, f.Concept)));
        Assert.All(Table("text/PERICOM_FY2005Q2_ex991.txt", "Net income (loss) on a Pro Forma basis"), f => Assert.Equal(FactBasis.NonGaap, f.Basis));
        // Southern Company: one adjusted line below the reported result of an income statement.
        Assert.All(Table("text/SOUTHERNCO_2004Q4_fullsubmission.txt", "NET INCOME EXCLUDING ONE-TIME ITEMS"), f => Assert.Equal((FactBasis.NonGaap, (string?)null), (f.Basis, f.Concept)));
        var reported = Table("text/SOUTHERNCO_2004Q4_fullsubmission.txt", "NET INCOME AS REPORTED (See Note)").First(f => f.Value == 204_000_000m);
        Assert.Equal((FactBasis.Gaap, "us-gaap:NetIncomeLoss"), (reported.Basis, reported.Concept));
    }

    [Theory]
    [InlineData("html/NVDA_FY2024Q4_newsroom.html", "Interest expense", -63_000_000, 63_000_000, "us-gaap:InterestExpenseNonoperating")]
    [InlineData("html/ORCL_FY2014Q4_ex991.htm", "Interest expense", -239_000_000, 239_000_000, "us-gaap:InterestExpenseNonoperating")]
    [InlineData("text/PERICOM_FY2005Q2_ex991.txt", "Write down of nonmarketable investment", -96_000, 96_000, "us-gaap:ImpairmentOfInvestments")]
    [InlineData("text/HORIZONFIN_FY2007Q1_8kbody.txt", "Reserve for loan losses", -14_854_000, 14_854_000, "us-gaap:FinancingReceivableAllowanceForCreditLossExcludingAccruedInterest")]
    [InlineData("text/PERICOM_FY2005Q2_ex991.txt", "Income tax (benefit)", -102_000, -102_000, "us-gaap:IncomeTaxExpenseBenefit")]
    [InlineData("text/PERICOM_FY2005Q2_ex991.txt", "Net income (loss)", -303_000, -303_000, "us-gaap:NetIncomeLoss")]
    [InlineData("text/PERICOM_FY2005Q2_ex991.txt", "Loss from operations", -1_194_000, -1_194_000, "us-gaap:OperatingIncomeLoss")]
    public void XbrlValueFollowsTheElement(string document, string label, long printed, long xbrl, string concept)
    {
        var f = Table(document, label).First(f => f.Value == printed);
        Assert.Equal((concept, (decimal?)xbrl), (f.Concept, f.XbrlValue));
    }

    [Fact]
    public void CashFlowLinesTakeTheSignOfTheirElement()
    {
        // Printed as their effect on cash: an increase in receivables (1,690) is +1,690 of IncreaseDecreaseInAccountsReceivable.
        var receivables = Table("html/NVDA_FY2024Q4_newsroom.html", "Accounts receivable", StatementKind.CashFlow).First();
        Assert.Equal(("us-gaap:IncreaseDecreaseInAccountsReceivable", -1_690_000_000m, (decimal?)1_690_000_000m), (receivables.Concept, receivables.Value, receivables.XbrlValue));
        var operating = Extract("html/NVDA_FY2024Q4_newsroom.html").Facts.First(f => f.Concept == "us-gaap:NetCashProvidedByUsedInOperatingActivities");
        Assert.Equal(operating.Value, operating.XbrlValue);
    }

    [Fact]
    public void CashAtTheStartAndEndOfACashFlowPeriodIsAnInstant()
    {
        var begin = Table("html/ORCL_FY2014Q4_ex991.htm", "Cash and cash equivalents at beginning of period", StatementKind.CashFlow);
        var end = Table("html/ORCL_FY2014Q4_ex991.htm", "Cash and cash equivalents at end of period", StatementKind.CashFlow);
        // Oracle's fiscal year runs June to May: the year's opening cash is the balance of May 31 of the year before.
        Assert.Equal(new Instant(new DateOnly(2013, 5, 31)), begin.First(f => f.Value == 14_613_000_000m).Period);
        Assert.Equal(new Instant(new DateOnly(2014, 5, 31)), end.First(f => f.Value == 17_769_000_000m).Period);
        Assert.All(begin.Concat(end), f => Assert.Equal("us-gaap:CashAndCashEquivalentsAtCarryingValue", f.Concept));
        // The other lines of the same statement keep their spans.
        Assert.IsType<Duration>(Extract("html/ORCL_FY2014Q4_ex991.htm").Facts.First(f => f.Concept == "us-gaap:NetCashProvidedByUsedInOperatingActivities").Period);
    }

    [Fact]
    public void RevenueLinesAboveTheTotalAreTheTotalsElementWithAProductDimension()
    {
        var part = Table("html/ORCL_FY2014Q4_ex991.htm", "New software licenses").First(f => f.Value == 3_769_000_000m);
        Assert.Equal("us-gaap:Revenues", part.Concept);
        Assert.Equal("New software licenses", part.Dimensions["product"]);
        var total = Table("html/ORCL_FY2014Q4_ex991.htm", "Total Revenues").First(f => f.Value == 11_320_000_000m);
        Assert.Equal(("us-gaap:Revenues", 0), (total.Concept, total.Dimensions.Count));
        // The expense lines of the same products sit under operating expenses, not under a revenue total: no element.
        Assert.Null(Table("html/ORCL_FY2014Q4_ex991.htm", "Hardware systems support").First(f => f.Value == 205_000_000m).Concept);
    }

    [Fact]
    public void AComponentOfOtherIncomeIsNotItsTotal()
    {
        var other = Table("html/NVDA_FY2024Q4_newsroom.html", "Other, net").First(f => f.Value == 260_000_000m);
        var total = Table("html/NVDA_FY2024Q4_newsroom.html", "Other income (expense), net").First(f => f.Value == 491_000_000m);
        Assert.Equal(("us-gaap:OtherNonoperatingIncomeExpense", "us-gaap:NonoperatingIncomeExpense"), (other.Concept, total.Concept));
    }

    [Fact]
    public void TheLinesOfAStockBasedCompensationMemoArePartsByExpenseLine()
    {
        // "(1) Includes stock-based compensation expense as follows": one figure by where it is charged, as XBRL
        // filers tag it (AllocatedShareBasedCompensationExpense with an income-statement-location member).
        var memo = new[] { ("Cost of sales", 52_000_000m), ("Research and development", 113_000_000m), ("Selling, general and administrative", 134_000_000m) }
            .Select(x => Table("html/AAPL_FY2011Q1_ex991.htm", x.Item1, StatementKind.IncomeStatement).Single(f => f.Value == x.Item2)).ToList();
        Assert.All(memo, f => Assert.Equal("us-gaap:AllocatedShareBasedCompensationExpense", f.Concept));
        Assert.Equal(["Cost of sales", "Research and development", "Selling, general and administrative"], memo.Select(f => f.Dimensions["incomeStatementLocation"]));
    }

    [Fact]
    public void ExcessTaxBenefitsAreAnOperatingAdjustmentAndAFinancingInflow()
    {
        const string label = "Excess tax benefits on the exercise of stock options and vesting of restricted stock-based awards";
        var facts = Table("html/ORCL_FY2014Q4_ex991.htm", label, StatementKind.CashFlow);
        var operating = facts.Single(f => f.Value == -250_000_000m);
        var financing = facts.Single(f => f.Value == 250_000_000m);
        Assert.Equal(("us-gaap:ExcessTaxBenefitFromShareBasedCompensationOperatingActivities", (decimal?)250_000_000m), (operating.Concept, operating.XbrlValue));
        Assert.Equal(("us-gaap:ExcessTaxBenefitFromShareBasedCompensationFinancingActivities", (decimal?)250_000_000m), (financing.Concept, financing.XbrlValue));
    }
}
