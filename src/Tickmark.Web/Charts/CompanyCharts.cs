using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Reading;
using Tickmark.Units;

namespace Tickmark.Web.Charts;

/// <summary>
/// The quarterly series an analyst looks at first, for any company: revenues, gross profit and
/// gross margin, operating result, net result, result per share, cash. Each is the first of its
/// US-GAAP elements the company's tables print; gross profit, when no table prints it, is revenues
/// less cost of revenues. Series the company has no figures for are left out.
/// </summary>
public static class CompanyCharts
{
    public static IReadOnlyList<ChartSeries> Read(TickmarkStore store, CompanySummary company)
    {
        ChartSeries? First(string id, string title, ChartKind kind, params string[] elements)
        {
            foreach (var element in elements)
            {
                var result = store.Series.Series(company.Key, "us-gaap:" + element, SeriesKind.Quarterly);
                if (result is { Series.Points.Count: > 0 })
                    return new ChartSeries(id, title, result.LineItem, kind, result.Series.Unit,
                        result.Series.Points.Select(PointConversion.FromSeries).ToList());
            }
            return null;
        }

        var revenues = First("revenues", "Revenues", ChartKind.Bars, "Revenues");
        var gross = First("gross-profit", "Gross profit", ChartKind.Bars, "GrossProfit");
        if (gross is null && revenues is not null && First("cost-of-revenue", "Cost of revenues", ChartKind.Bars, "CostOfRevenue") is { } cost)
        {
            var points = ComputedSeries.Difference(revenues, cost);
            if (points.Count > 0) gross = new ChartSeries("gross-profit", "Gross profit", $"{revenues.Basis} - {cost.Basis}", ChartKind.Bars, Unit.Usd, points, Computed: true);
        }
        ChartSeries? margin = null;
        if (gross is not null && revenues is not null)
        {
            var points = ComputedSeries.Percentage(gross, revenues);
            if (points.Count > 0) margin = new ChartSeries("gross-margin", "Gross margin %", "gross profit / revenues", ChartKind.Line, Unit.Percent, points, Computed: true);
        }
        ChartSeries?[] all =
        [
            revenues, gross, margin,
            First("operating", "Operating result", ChartKind.Bars, "OperatingIncomeLoss"),
            First("net", "Net result", ChartKind.Bars, "NetIncomeLoss", "NetIncomeLossAvailableToCommonStockholdersBasic"),
            First("per-share", "Result per share", ChartKind.Line, "EarningsPerShareBasicAndDiluted", "EarningsPerShareDiluted", "EarningsPerShareBasic"),
            First("cash", "Cash", ChartKind.Line, "CashAndCashEquivalentsAtCarryingValue", "CashCashEquivalentsAndShortTermInvestments", "Cash"),
        ];
        return all.OfType<ChartSeries>().ToList();
    }
}
