using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Reading;
using Tickmark.Units;
using Tickmark.Web.Charts;

namespace Tickmark.Web.Model;

/// <summary>A point of a line item's series with what an analyst reads beside it: growth on the same period a year before, and the value as a share of revenues.</summary>
public sealed record SeriesRow(SeriesPoint Point, decimal? YearOnYear, decimal? ShareOfRevenues);

/// <summary>
/// One line item of a company as its series page shows it: the series of one kind (quarterly, annual,
/// year to date) and one basis (GAAP or non-GAAP), each point with its year-on-year growth and, for
/// money on the income or cash-flow statement, its share of the same period's revenues (GAAP).
/// </summary>
public sealed record SeriesView(CompanySummary Company, string Asked, SeriesResult Result, SeriesKind Kind, FactBasis Basis,
    IReadOnlyList<SeriesRow> Rows, bool HasShareOfRevenues, ChartSeries Chart, QuarterAxis Axis)
{
    /// <summary>The company's outlook for the series' periods, beside what was reported (<see cref="Store.Reading.DisclosureQueries.SeriesGuidance"/>).</summary>
    public IReadOnlyList<GuidedPeriod> Guided { get; init; } = [];

    public static SeriesView Read(TickmarkStore store, CompanySummary company, string lineItem, SeriesKind kind, FactBasis basis)
    {
        var calendar = store.Series.Calendar(company.Id);
        var splits = store.Series.Splits(company.Id);
        var result = store.Series.Series(company, lineItem, kind, basis, calendar, splits);
        var points = result.Series.Points;
        var flows = result.Series.Unit == Unit.Usd && points.Count > 0 && points.All(p => !p.Slot.IsInstant);
        IReadOnlyDictionary<FiscalSlot, decimal> revenues = new Dictionary<FiscalSlot, decimal>();
        if (flows && !string.Equals(result.LineItem, "us-gaap:Revenues", StringComparison.OrdinalIgnoreCase))
            revenues = store.Series.Series(company, "us-gaap:Revenues", kind, FactBasis.Gaap, calendar, splits).Series.Points
                .Where(p => p.Value != 0).GroupBy(p => p.Slot).ToDictionary(g => g.Key, g => g.First().Value);
        var bySlot = points.GroupBy(p => p.Slot).ToDictionary(g => g.Key, g => g.First());
        var rows = points.Select(p => new SeriesRow(p, Growth(p, bySlot),
            revenues.TryGetValue(p.Slot, out var r) ? Math.Round(p.Value / r * 100, 1, MidpointRounding.AwayFromZero) : null)).ToList();
        var chart = new ChartSeries("series", result.LineItem, result.LineItem, flows ? ChartKind.Bars : ChartKind.Line, result.Series.Unit,
            points.Select(PointConversion.FromSeries).ToList());
        return new SeriesView(company, lineItem, result, kind, basis, rows, rows.Any(x => x.ShareOfRevenues is not null), chart,
            new QuarterAxis([chart], yearly: kind == SeriesKind.Annual)) { Guided = points.Count > 0 ? store.Disclosures.SeriesGuidance(result) : [] };
    }

    /// <summary>Percent change from the same fiscal period a year before (one decimal); null when there is none or it was zero.</summary>
    private static decimal? Growth(SeriesPoint p, IReadOnlyDictionary<FiscalSlot, SeriesPoint> bySlot)
    {
        var before = new FiscalSlot(p.Slot.Year - 1, p.Slot.First, p.Slot.Last, p.Slot.IsInstant);
        if (!bySlot.TryGetValue(before, out var b) || b.Value == 0) return null;
        return Math.Round((p.Value - b.Value) / Math.Abs(b.Value) * 100, 1, MidpointRounding.AwayFromZero);
    }

    public static string KindName(SeriesKind kind) => kind switch { SeriesKind.Annual => "annual", SeriesKind.YearToDate => "ytd", _ => "quarterly" };
}
