using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>
/// Works out a table's columns from where its figures sit across all its rows, not from fixed
/// positions: the rows with the most figures give the columns; the same column may drift a few
/// characters from row to row.
/// </summary>
public static class ColumnFinder
{
    public static IReadOnlyList<GridColumn> Find(IEnumerable<ClassifiedLine> dataLines)
    {
        var rows = dataLines.Where(l => l.Kind == LineKind.Data).Select(l => l.Cells).ToList();
        if (rows.Count == 0) return [];
        var count = rows.Max(r => r.Count);
        var full = rows.Where(r => r.Count == count).ToList();
        var columns = new List<GridColumn>(count);
        for (var j = 0; j < count; j++)
        {
            var start = full.Min(r => r[j].Column);
            var end = full.Max(r => r[j].EndColumn);
            var outer = full.Min(r => r[j].OuterColumn);
            columns.Add(new GridColumn(j, start, end, outer));
        }
        // Widen each column by the cells of shorter rows that clearly belong to it.
        foreach (var row in rows.Where(r => r.Count < count))
        {
            var place = Assign(columns, row);
            for (var c = 0; c < row.Count; c++)
            {
                var j = place[c];
                if (j < 0 || columns[j].Overlap(row[c].Column, row[c].EndColumn, 2) == 0) continue;
                var col = columns[j];
                columns[j] = col with
                {
                    Start = Math.Min(col.Start, row[c].Column),
                    End = Math.Max(col.End, row[c].EndColumn),
                    OuterStart = Math.Min(col.OuterStart, row[c].OuterColumn),
                };
            }
        }
        return columns;
    }

    /// <summary>
    /// The column index of each cell of a row, left to right, or -1 where a cell cannot be placed.
    /// A cell goes to the column whose right edge is nearest its own (figures are right-aligned).
    /// </summary>
    public static int[] Assign(IReadOnlyList<GridColumn> columns, IReadOnlyList<NumericCell> cells)
    {
        var place = new int[cells.Count];
        if (cells.Count == columns.Count)
        {
            for (var c = 0; c < cells.Count; c++) place[c] = c;
            return place;
        }
        var next = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var best = -1;
            var bestScore = int.MaxValue;
            // Leave room for the cells still to place.
            var lastAllowed = columns.Count - (cells.Count - c);
            for (var j = next; j <= lastAllowed; j++)
            {
                var col = columns[j];
                var score = col.Overlap(cell.Column, cell.EndColumn, 0) > 0
                    ? Math.Abs(col.End - cell.EndColumn)
                    : 100 + Math.Min(Math.Abs(col.End - cell.EndColumn), col.Distance(cell.Column, cell.EndColumn) * 2);
                if (score < bestScore) { bestScore = score; best = j; }
            }
            place[c] = best;
            if (best >= 0) next = best + 1;
        }
        return place;
    }
}
