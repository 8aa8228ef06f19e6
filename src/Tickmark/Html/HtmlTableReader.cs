using Tickmark.Periods;
using AngleSharp.Dom;
using Tickmark.Tables;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Html;

/// <summary>
/// Reads one &lt;table&gt; into the same <see cref="TableGrid"/>s that text tables become: cells laid
/// out on logical columns, '$' ')' and '%' cells merged into their figures, spacer columns dropped
/// (only columns of figures are kept), one grid per table the rows hold, each with its column
/// headings, title lines (from above the table, its caption and its own title rows; a scale note from
/// under it when none is above) and its rows.
/// </summary>
public static partial class HtmlTableReader
{
    /// <summary>
    /// Where the labels end and the figures begin: the first column holding a figure (or its '$')
    /// in at least two rows, so that one figure cell spanning the label columns (an unlabeled
    /// total) does not take the labels away from every row.
    /// </summary>
    private static int LabelEnd(IReadOnlyList<RowFigures> data)
    {
        var starts = data.Select(r => r.FigureStart).Order().ToList();
        if (starts.Count < 3) return starts[0];
        for (var i = 1; i < starts.Count; i++)
            if (starts[i] == starts[i - 1]) return starts[i];
        return starts[0];
    }

    /// <summary>
    /// Each heading names no date and its words are among those of the heading above its column (an empty
    /// heading repeats any); "June 30, 2008" under "Quarter Ended June 30, 2008" dates a table of its own.
    /// </summary>
    private static bool Repeats(IReadOnlyList<ColumnHeading> own, IReadOnlyList<ColumnHeading> above) =>
        own.All(h => DateText.FindYears(h.Text).Count == 0 && DateText.FindMonth(h.Text) is null && FiscalLabel.Parse(h.Text) is null)
        && own.Zip(above).All(p => Words(p.First.Text).IsSubsetOf(Words(p.Second.Text)));

    private static HashSet<string> Words(string text) =>
        text.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();

    /// <summary>
    /// A column of figures with no heading, right of a headed column whose rows it never shares, is that
    /// column: cells whose spans differ from row to row (Adobe's targets: "High" over grid columns 21-29,
    /// "$ | 11.15" at 24-28 in some rows and at 30-31 in others, the rows summing to more columns than the
    /// headings). Null when no column drifts so.
    /// </summary>
    private static List<HtmlColumn>? MergeDrifting(List<HtmlColumn> columns, IReadOnlyList<ColumnHeading> headings, IReadOnlyList<RowFigures> data)
    {
        var result = columns.ToList();
        var changed = false;
        for (var j = result.Count - 1; j >= 1; j--)
        {
            if (headings[j].Text.Trim().Length > 0 || headings[j - 1].Text.Trim().Length == 0) continue;
            var left = result[j - 1];
            var right = result[j];
            if (data.Any(r => r.Figures.Any(f => left.Anchors.Contains(f.Anchor)) && r.Figures.Any(f => right.Anchors.Contains(f.Anchor)))) continue;
            result[j - 1] = new HtmlColumn(left.Index, Math.Min(left.Start, right.Start), Math.Max(left.End, right.End), [.. left.Anchors, .. right.Anchors]);
            result.RemoveAt(j);
            changed = true;
        }
        if (!changed) return null;
        return result.Select((c, k) => c with { Index = k }).ToList();
    }

    /// <summary>
    /// "Fiscal Year 2023 Low | High": the high end of a range whose period heading stands over the low end
    /// only is of the same period ("Fiscal Year 2023 High").
    /// </summary>
    private static IReadOnlyList<ColumnHeading> RangeHeadings(IReadOnlyList<ColumnHeading> headings)
    {
        var result = headings.ToList();
        for (var j = 1; j < result.Count; j++)
        {
            var own = result[j].Text.Trim();
            if (!RangeEnd().IsMatch(own)) continue;
            var left = result[j - 1].Text.Trim();
            var low = LowEnd().Match(left);
            if (!low.Success || low.Index == 0) continue;
            result[j] = result[j] with { Text = left[..low.Index].TrimEnd() + " " + own };
        }
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(high|mid(point)?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(low|mid(point)?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LowEnd();

    /// <param name="table">The <c>&lt;table&gt;</c> element.</param>
    /// <param name="index">Places the table's text in the file, for every cell's span.</param>
    /// <param name="lines">The file's line index, for line numbers in diagnostics.</param>
    /// <param name="titleAbove">The lines above the table that title it (its title and scale note when it has none inside).</param>
    /// <param name="noteBelow">The paragraph just below the table, which may hold its scale note.</param>
    /// <param name="runOnFrom">The title of the table of figures just before this one, with nothing between: a table without a title of its own runs on from it.</param>
    public static List<TableGrid> Read(IElement table, RawTextIndex index, LineIndex lines, IReadOnlyList<string> titleAbove, string? noteBelow,
        IReadOnlyList<string>? runOnFrom = null)
    {
        var rows = CellMatrix.Read(table, index).Select(RowFigures.Read).ToList();
        var grids = new List<TableGrid>();
        string? tableNote = null;
        var caption = table.QuerySelector("caption") is { } c && c.Closest("table") == table ? HtmlTextCollector.Collect(c, index).Text : null;
        foreach (var segment in TableSegmenter.Split(rows))
        {
            var firstData = segment.FindIndex(r => r.IsData);
            var data = segment.Where(r => r.IsData).ToList();
            var columns = HtmlColumnFinder.Find(data);
            if (columns.Count == 0) continue;
            var labelEnd = LabelEnd(data);
            var header = HtmlHeaderReader.Read(segment.Take(firstData).ToList(), columns, labelEnd);
            if (MergeDrifting(columns, header.Headings, data) is { } merged)
            {
                columns = merged;
                header = HtmlHeaderReader.Read(segment.Take(firstData).ToList(), columns, labelEnd);
            }
            header = header with { Headings = RangeHeadings(header.Headings) };
            // A part with no headings of its own ("BALANCE SHEET DATA" under the statement of operations) reads the ones above it.
            // So does one whose headings only repeat words of the ones above ("Units k | Rev $m" over
            // "Product Summary", under "Q3'04 Actual" over "Units k | Rev $m"): its columns keep their periods.
            if (grids.Count > 0 && grids[^1].Columns.Count == columns.Count && Repeats(header.Headings, grids[^1].Headings))
                header = header with { Headings = grids[^1].Headings };
            var title = new List<string>();
            // The lines above the table title its first table; a later one with no title rows of its own
            // takes the first one's whole title ("RECONCILIATION OF GAAP TO NON-GAAP ..." over every part).
            if (grids.Count == 0)
            {
                title.AddRange(titleAbove);
                if (caption is { Length: > 0 }) title.Add(caption);
                if (title.Count == 0 && header.Title.Count == 0 && runOnFrom is not null) title.AddRange(runOnFrom);
            }
            else if (header.Title.Count == 0) title.AddRange(grids[0].TitleLines);
            title.AddRange(header.Title);
            var diagnostics = new List<Diagnostics.Diagnostic>();
            var body = header.BodyHeadings.Concat(segment.Skip(firstData)).ToList();
            var gridRows = HtmlRowReader.Read(body, columns, labelEnd, lines, diagnostics);
            if (gridRows.Count == 0) continue;
            var headingText = string.Join(" ", header.Headings.Select(h => h.Text));
            if (!ScaleNote.Read(string.Join(" ", title) + " " + headingText).Stated)
            {
                // A note under the rows, under the table, or the one the table's first part states for all of it.
                var note = segment.Skip(firstData).Where(r => !r.IsData).SelectMany(r => r.Words).Select(w => w.Text.Text)
                    .FirstOrDefault(t => t.Length <= 150 && ScaleNote.Factor(t) is not null) ?? tableNote ?? noteBelow;
                if (note is not null) title.Add(note);
            }
            tableNote ??= title.FirstOrDefault(t => ScaleNote.Factor(t) is not null);
            var firstLine = gridRows.Min(r => r.Line) + 1;
            var lastLine = gridRows.Max(r => r.Line) + 1;
            var grid = new TableGrid
            {
                Region = new TableRegion(0, 0, 0) { FirstLine = firstLine, LastLine = lastLine },
                Columns = columns.Select(col => new GridColumn(col.Index, col.Start, col.End, col.Start)).ToList(),
                Headings = header.Headings,
                TitleLines = title,
                Rows = gridRows,
            };
            grid.Diagnostics.AddRange(diagnostics);
            grids.Add(grid);
        }
        return grids;
    }
}
