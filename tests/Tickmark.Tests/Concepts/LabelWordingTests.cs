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
    public void TheSameLineInAnotherWordingGetsItsElement(string label, string section, StatementKind statement, string unit, string element) =>
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
