using Tickmark.Concepts;

namespace Tickmark.Tests.ConceptTests;

/// <summary>The concept stage's data tables: only elements of the catalog, every element with its attributes, bad lines refused with their line.</summary>
public sealed class ConceptDataTests
{
    [Fact]
    public void EveryElementARuleNamesIsInTheCatalog()
    {
        var map = ConceptMap.Default;
        var missing = map.Rules.Rules.Where(r => r.Element is not null && map.Elements.Find(r.Element) is null)
            .Select(r => $"concepts.tsv line {r.Line}: {r.Element}").ToList();
        Assert.Empty(missing);
        Assert.True(map.Rules.Rules.Count > 250, "the rule table is read whole");
    }

    [Fact]
    public void TheCatalogGivesEachMonetaryElementABalanceAndEveryElementAPeriodType()
    {
        var elements = ConceptMap.Default.Elements.All;
        Assert.True(elements.Count > 200);
        Assert.All(elements.Where(e => e.Type == ElementItemType.Monetary), e => Assert.NotEqual(ElementBalance.None, e.Balance));
        Assert.Equal(ElementPeriodType.Instant, ConceptMap.Default.Elements.Find("CashAndCashEquivalentsAtCarryingValue")!.PeriodType);
        Assert.Equal(ElementPeriodType.Duration, ConceptMap.Default.Elements.Find("InterestExpenseDeposits")!.PeriodType);
        Assert.Equal(ElementBalance.Credit, ConceptMap.Default.Elements.Find("PaymentsToAcquirePropertyPlantAndEquipment")!.Balance);
        Assert.Equal(ElementBalance.Debit, ConceptMap.Default.Elements.Find("InterestExpense")!.Balance);
    }

    [Theory]
    [InlineData("Revenues\tincome_statement\tUSD\trevenues\tbefore~^total", "line 1: 'before~^total' is a condition in the section column")]
    [InlineData("Revenues\tincome_statement\tEUR\trevenues", "line 1: unit 'EUR' is not USD, USD/share, shares or any")]
    [InlineData("Revenues\tincome_sheet\tUSD\trevenues", "line 1: statement 'income_sheet' is not")]
    [InlineData("Revenues\tincome_statement\tUSD\t(revenues", "line 1:")]
    [InlineData("Revenues\tincome_statement\tUSD\trevenues\t\twhen~x", "line 1: condition 'when~x' is not")]
    public void ABadRuleLineIsRefusedWithItsLine(string tsv, string message)
    {
        var e = Assert.Throws<FormatException>(() => ConceptRuleTable.Parse(tsv, "concepts.tsv"));
        Assert.Contains("concepts.tsv " + message, e.Message);
    }

    [Theory]
    [InlineData(2010, "CashAndCashEquivalentsAtCarryingValue")]
    [InlineData(null, "CashAndCashEquivalentsAtCarryingValue")]
    [InlineData(2019, "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents")]
    public void CashAtTheEndOfACashFlowStatementIncludesRestrictedCashFrom2018(int? year, string element)
    {
        // ASU 2016-18: from fiscal 2018 the cash a cash-flow statement reconciles includes restricted cash, whatever the label says.
        var label = ConceptMap.Normalize("Cash and cash equivalents, end of period");
        var row = new RowContext(label, "", StatementKind.CashFlow, Tickmark.Units.Unit.Usd, "", [label], 0, year);
        Assert.Equal(element, ConceptMap.Default.Element(ConceptMap.Default.Rules.Match(row))?.Name);
    }

    [Fact]
    public void AYearConditionHoldsFromItsYearAndATableOfNoKnownYearCountsAsEarlier()
    {
        var rules = ConceptRuleTable.Parse("Revenues\tincome_statement\tUSD\tsales\t\tyear>=2018\nSalesRevenueNet\tincome_statement\tUSD\tsales\t\tyear<2018", "concepts.tsv");
        RowContext Row(int? year) => new("sales", "", StatementKind.IncomeStatement, Tickmark.Units.Unit.Usd, "", ["sales"], 0, year);
        Assert.Equal("Revenues", rules.Match(Row(2018))?.Element);
        Assert.Equal("SalesRevenueNet", rules.Match(Row(2017))?.Element);
        Assert.Equal("SalesRevenueNet", rules.Match(Row(null))?.Element);
        Assert.Throws<FormatException>(() => ConceptRuleTable.Parse("Revenues\tincome_statement\tUSD\tsales\t\tyear>=18", "concepts.tsv"));
    }

    [Fact]
    public void ABadElementLineIsRefusedWithItsLine()
    {
        var e = Assert.Throws<FormatException>(() => ElementCatalog.Parse("Revenues\tmonetary\tyearly\tcredit", "elements.tsv"));
        Assert.Contains("elements.tsv line 1: period type 'yearly'", e.Message);
    }
}
