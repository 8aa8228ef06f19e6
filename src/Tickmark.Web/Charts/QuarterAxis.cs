namespace Tickmark.Web.Charts;

/// <summary>
/// Every fiscal quarter from the first to the last that any of the charts has, so that charts drawn one
/// above the other line up; for annual series (<see cref="Yearly"/>) every fiscal year, each at its fourth quarter.
/// </summary>
public sealed class QuarterAxis
{
    public QuarterAxis(IEnumerable<ChartSeries> charts, bool yearly = false)
    {
        Yearly = yearly;
        var quarters = charts.SelectMany(c => c.Points).Select(p => p.Quarter).ToList();
        if (quarters.Count == 0) return;
        var first = quarters.Min();
        var last = quarters.Max();
        if (yearly)
        {
            for (var y = first.Year; y <= last.Year; y++) Quarters.Add((y, 4));
            return;
        }
        for (var q = first; q.CompareTo(last) <= 0; q = q.Quarter == 4 ? (q.Year + 1, 1) : (q.Year, q.Quarter + 1))
            Quarters.Add(q);
    }

    public bool Yearly { get; }

    public List<(int Year, int Quarter)> Quarters { get; } = [];

    public int IndexOf((int Year, int Quarter) quarter) => Quarters.IndexOf(quarter);

    /// <summary>"Q1 FY2006": the fiscal quarter as analysts label it ("FY2006" on a yearly axis).</summary>
    public string Label((int Year, int Quarter) q) => Yearly ? $"FY{q.Year}" : Name(q);

    /// <summary>"Q1 FY2006".</summary>
    public static string Name((int Year, int Quarter) q) => $"Q{q.Quarter} FY{q.Year}";
}
