using Tickmark.Concepts;
using Tickmark.Units;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// Wordings of the same line that the rules must read alike, each printed in a release not in the repo
/// (bench/concepts: Sears 2004 Q2 text release; Adobe FY2023 Q1, Caterpillar 2022 Q1) with the element its truth gives.
/// </summary>
public sealed class LabelWordingTests
{
    [Theory]
    // A slash before a parenthesis: "NET INCOME/ (LOSS)", "Earnings/ (loss) per share" under "Basic" / "Diluted" headings (Sears).
    [InlineData("NET INCOME/ (LOSS)", "", StatementKind.IncomeStatement, "USD", "us-gaap:NetIncomeLoss")]
    [InlineData("Earnings/ (loss) per share", "EARNINGS/ (LOSS) PER COMMON SHARE > Basic", StatementKind.IncomeStatement, "USD/share", "us-gaap:EarningsPerShareBasic")]
    [InlineData("Earnings/ (loss) per share", "EARNINGS/ (LOSS) PER COMMON SHARE > Diluted", StatementKind.IncomeStatement, "USD/share", "us-gaap:EarningsPerShareDiluted")]
    [InlineData("Earnings (loss) per share", "Basic", StatementKind.IncomeStatement, "USD/share", "us-gaap:EarningsPerShareBasic")]
    // ", net" on a line whose words alone name it (Sears).
    [InlineData("Merchandise inventories, net", "Assets > Current assets", StatementKind.BalanceSheet, "USD", "us-gaap:InventoryNet")]
    // What a filer deducts, named after "net of" (The Buckle FY2024 Q3: "SALES, Net of returns and allowances").
    [InlineData("SALES, Net of returns and allowances", "", StatementKind.IncomeStatement, "USD", "us-gaap:Revenues")]
    // Wordings of common lines (the releases of bench/concepts; Sears 2004, Caterpillar 2022, Adobe FY2023, Apple 2004, The Buckle FY2024).
    [InlineData("Cost of sales, buying and occupancy", "COSTS AND EXPENSES", StatementKind.IncomeStatement, "USD", "us-gaap:CostOfRevenue")]
    [InlineData("Provision for uncollectible accounts", "COSTS AND EXPENSES", StatementKind.IncomeStatement, "USD", "us-gaap:ProvisionForDoubtfulAccounts")]
    [InlineData("Gain on sales of non-current investments", "", StatementKind.IncomeStatement, "USD", "us-gaap:GainLossOnSaleOfInvestments")]
    [InlineData("Income before accounting change", "", StatementKind.IncomeStatement, "USD", "us-gaap:IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple")]
    [InlineData("Merchandise payables", "Liabilities > Current liabilities", StatementKind.BalanceSheet, "USD", "us-gaap:AccountsPayableCurrent")]
    [InlineData("Receivables – trade and other", "Current assets", StatementKind.BalanceSheet, "USD", "us-gaap:AccountsReceivableNetCurrent")]
    [InlineData("Long-term receivables – finance", "", StatementKind.BalanceSheet, "USD", "us-gaap:NotesAndLoansReceivableNetNoncurrent")]
    [InlineData("Accrued wages, salaries and employee benefits", "Current liabilities", StatementKind.BalanceSheet, "USD", "us-gaap:EmployeeRelatedLiabilitiesCurrent")]
    [InlineData("Gift certificates redeemable", "Current liabilities", StatementKind.BalanceSheet, "USD", "us-gaap:ContractWithCustomerLiabilityCurrent")]
    [InlineData("Changes in deferred revenue", "Adjustments to reconcile net income to net cash provided by operating activities", StatementKind.CashFlow, "USD", "us-gaap:IncreaseDecreaseInContractWithCustomerLiability")]
    [InlineData("Collections of finance receivables", "Cash flow from investing activities", StatementKind.CashFlow, "USD", "us-gaap:ProceedsFromCollectionOfFinanceReceivables")]
    // A current-liability wording under noncurrent liabilities is not the current line.
    [InlineData("Gift certificates redeemable", "Noncurrent liabilities", StatementKind.BalanceSheet, "USD", null)]
    public void TheSameLineInAnotherWordingGetsItsElement(string label, string section, StatementKind statement, string unit, string? element) =>
        Assert.Equal(element, ConceptMap.Default.Find(label, section, statement, Unit(unit)));

    [Fact]
    public void ANetLineIsNeverGivenAGrossElement()
    {
        // Stripping ", net" must not turn a net line into its gross cost: whatever the bare words name, a gross element is refused.
        var map = ConceptMap.Parse("PropertyPlantAndEquipmentGross\tbalance_sheet\tUSD\tfurniture and equipment\n");
        Assert.Null(map.Find("Furniture and equipment, net", "", StatementKind.BalanceSheet, global::Tickmark.Units.Unit.Usd));
        Assert.Equal("us-gaap:PropertyPlantAndEquipmentGross", map.Find("Furniture and equipment", "", StatementKind.BalanceSheet, global::Tickmark.Units.Unit.Usd));
    }

    private static Unit Unit(string unit) => unit switch { "USD/share" => global::Tickmark.Units.Unit.UsdPerShare, "shares" => global::Tickmark.Units.Unit.Shares, _ => global::Tickmark.Units.Unit.Usd };
}
