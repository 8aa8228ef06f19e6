using Tickmark.Units;

namespace Tickmark.Web.Charts;

/// <summary>Bars for flows over a quarter; a line for balances, per-share figures and ratios.</summary>
public enum ChartKind { Bars, Line }

/// <summary>
/// A quarterly series as a chart shows it. <see cref="Id"/> names it in ids and anchors ("revenues");
/// <see cref="Basis"/> says where the values come from ("us-gaap:Revenues", or how they are computed);
/// <see cref="Computed"/> is true for a series worked out from others, whose conflicts are its inputs'.
/// </summary>
public sealed record ChartSeries(string Id, string Title, string Basis, ChartKind Kind, Unit Unit, IReadOnlyList<ChartPoint> Points, bool Computed = false)
{
    public ChartPoint? At((int Year, int Quarter) quarter) => Points.FirstOrDefault(p => p.Quarter == quarter);
}
