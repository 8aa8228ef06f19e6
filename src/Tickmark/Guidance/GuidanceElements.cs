namespace Tickmark.Guidance;

/// <summary>
/// Which reported line items a guidance measure is later measured by, as a table: "revenue" is
/// what us-gaap:Revenues reports. Ratios (gross margin, tax rate) and parts of an outlook have no
/// element: no series line item reports them.
/// </summary>
public static class GuidanceElements
{
    private static readonly (string Measure, string[] Elements)[] Table =
    [
        ("revenue", ["us-gaap:Revenues", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "us-gaap:SalesRevenueNet"]),
        ("diluted EPS", ["us-gaap:EarningsPerShareDiluted", "us-gaap:EarningsPerShareBasicAndDiluted"]),
        ("operating expenses", ["us-gaap:OperatingExpenses"]),
        ("operating income", ["us-gaap:OperatingIncomeLoss"]),
        ("net income", ["us-gaap:NetIncomeLoss"]),
        ("other income and expense", ["us-gaap:NonoperatingIncomeExpense"]),
        ("other income", ["us-gaap:NonoperatingIncomeExpense", "us-gaap:OtherNonoperatingIncomeExpense"]),
        ("capital expenditures", ["us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"]),
    ];

    /// <summary>
    /// Whether guidance of <paramref name="measure"/> is about the line item a series was read for:
    /// its element ("us-gaap:Revenues", any case), or a label that names just the measure ("Revenue", "Net sales").
    /// </summary>
    public static bool Measures(string measure, string lineItem)
    {
        var item = lineItem.Trim();
        if (item.Contains(':') || !item.Contains(' ') && item.Length > 0 && char.IsUpper(item[0]) && item.Skip(1).Any(char.IsUpper))
        {
            var element = item.Contains(':') ? item : "us-gaap:" + item;
            return Table.Any(t => t.Measure == measure && t.Elements.Contains(element, StringComparer.OrdinalIgnoreCase));
        }
        var named = GuidanceMeasures.Find(item);
        return named.Count == 1 && named[0].Index == 0 && named[0].Length == item.Length && named[0].Name == measure;
    }
}
