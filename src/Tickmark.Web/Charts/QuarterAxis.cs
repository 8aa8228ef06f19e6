namespace Tickmark.Web.Charts;

/// <summary>Every fiscal quarter from the first to the last that any of the charts has, so that charts drawn one above the other line up.</summary>
public sealed class QuarterAxis
{
    public QuarterAxis(IEnumerable<ChartSeries> charts)
    {
        var quarters = charts.SelectMany(c => c.Points).Select(p => p.Quarter).ToList();
        if (quarters.Count == 0) return;
        var first = quarters.Min();
        var last = quarters.Max();
        for (var q = first; q.CompareTo(last) <= 0; q = q.Quarter == 4 ? (q.Year + 1, 1) : (q.Year, q.Quarter + 1))
            Quarters.Add(q);
    }

    public List<(int Year, int Quarter)> Quarters { get; } = [];

    public int IndexOf((int Year, int Quarter) quarter) => Quarters.IndexOf(quarter);

    public static string Name((int Year, int Quarter) q) => $"{q.Year}Q{q.Quarter}";
}
