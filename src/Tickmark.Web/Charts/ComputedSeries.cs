using Tickmark.Web.Model;

namespace Tickmark.Web.Charts;

/// <summary>
/// Series worked out quarter by quarter from two others: a difference (gross profit = revenues less
/// cost of revenues) or a percentage (gross margin). A computed point exists where both inputs do;
/// it is derived (no release prints it), rests on both inputs' sources and carries their conflicts.
/// </summary>
public static class ComputedSeries
{
    public static IReadOnlyList<ChartPoint> Difference(ChartSeries a, ChartSeries b) =>
        Combine(a, b, (x, y) => x.Value - y.Value,
            (x, y) => $"computed: {a.Title} {Show.Value(x.Value)} - {b.Title} {Show.Value(y.Value)}");

    /// <summary>Part as a percentage of whole, to one decimal; quarters where the whole is zero are left out.</summary>
    public static IReadOnlyList<ChartPoint> Percentage(ChartSeries part, ChartSeries whole) =>
        Combine(part, whole, (x, y) => Math.Round(x.Value / y.Value * 100, 1, MidpointRounding.AwayFromZero),
            (x, y) => $"computed: {part.Title} {Show.Value(x.Value)} / {whole.Title} {Show.Value(y.Value)}",
            (_, y) => y.Value != 0);

    private static List<ChartPoint> Combine(ChartSeries a, ChartSeries b, Func<ChartPoint, ChartPoint, decimal> value,
        Func<ChartPoint, ChartPoint, string> how, Func<ChartPoint, ChartPoint, bool>? keep = null)
    {
        var points = new List<ChartPoint>();
        foreach (var x in a.Points)
        {
            if (b.At(x.Quarter) is not { } y || (keep is not null && !keep(x, y))) continue;
            points.Add(new ChartPoint(x.Slot, x.Period, value(x, y), Derived: true, how(x, y), [.. x.Sources, .. y.Sources],
                (ConflictLevel)Math.Max((int)x.Conflict, (int)y.Conflict), [.. x.Conflicts, .. y.Conflicts]));
        }
        return points;
    }
}
