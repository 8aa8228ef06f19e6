namespace Tickmark.Html;

/// <summary>
/// Finds the columns of figures from where the figures' cells end (figures are right-aligned):
/// every distinct right edge is a column, except that two edges a column or two apart that never
/// hold figures in the same row are one column drifting (a cell spanning its neighbour in some rows).
/// </summary>
public static class HtmlColumnFinder
{
    public static List<HtmlColumn> Find(IReadOnlyList<RowFigures> dataRows)
    {
        var anchors = dataRows.SelectMany(r => r.Figures.Select(f => f.Anchor)).Distinct().Order().ToList();
        var rowsWith = anchors.ToDictionary(a => a, a => dataRows.Where(r => r.Figures.Any(f => f.Anchor == a)).Select(r => r.Row.Index).ToHashSet());
        var groups = new List<List<int>>();
        foreach (var a in anchors)
        {
            if (groups.Count > 0)
            {
                var g = groups[^1];
                if (a - g[^1] <= 2 && !g.Any(b => rowsWith[b].Overlaps(rowsWith[a])))
                {
                    g.Add(a);
                    continue;
                }
            }
            groups.Add([a]);
        }
        var columns = new List<HtmlColumn>(groups.Count);
        foreach (var g in groups)
        {
            var figures = dataRows.SelectMany(r => r.Figures).Where(f => g.Contains(f.Anchor)).ToList();
            columns.Add(new HtmlColumn(columns.Count, figures.Min(f => f.Col), figures.Max(f => f.EndCol), g));
        }
        return columns;
    }

    /// <summary>The column a figure falls under, or -1.</summary>
    public static int ColumnOf(IReadOnlyList<HtmlColumn> columns, PlacedFigure figure)
    {
        foreach (var c in columns)
            if (c.Anchors.Contains(figure.Anchor)) return c.Index;
        var best = columns.Where(c => c.Overlaps(figure.Col, figure.EndCol)).ToList();
        return best.Count == 1 ? best[0].Index : -1;
    }
}
