using System.Text.RegularExpressions;
using Tickmark.Tables;

namespace Tickmark.Html;

/// <summary>
/// Reads the rows above a table's first row of figures: words over the figures are the headings
/// of the columns they stand over (colspan and rowspan already laid out); words at the left, over
/// the labels, or across the whole table are title lines ("CONSOLIDATED BALANCE SHEETS",
/// "(In millions)"); words at the left below the last heading row are headings of the body ("ASSETS").
/// </summary>
public static partial class HtmlHeaderReader
{
    public sealed record Result(IReadOnlyList<ColumnHeading> Headings, IReadOnlyList<string> Title, IReadOnlyList<RowFigures> BodyHeadings);

    public static Result Read(IReadOnlyList<RowFigures> above, IReadOnlyList<HtmlColumn> columns, int labelEnd)
    {
        var parts = columns.Select(_ => new List<string>()).ToArray();
        var rowTitles = new List<(int Row, string Text)>();
        var lastHeadingRow = -1;
        for (var r = 0; r < above.Count; r++)
        {
            // Columns some heading cell of this row stands right over: a neighbour's words do not join them.
            var covered = above[r].Row.Cells.Where(c => c.Text.Text.Trim().Length > 0 && c.Kind is not (CellKind.Prefix or CellKind.Suffix))
                .SelectMany(c => columns.Where(col => col.Overlaps(c.Col, c.EndCol))).Select(col => col.Index).ToHashSet();
            foreach (var cell in above[r].Row.Cells)
            {
                var text = cell.Text.Text.Trim();
                if (text.Length == 0 || cell.Kind is CellKind.Prefix or CellKind.Suffix) continue;
                // A note ("(C) Income tax impact of ...", sentences) belongs to the table above; it heads nothing.
                if (IsNote(text)) continue;
                if (cell.EndCol <= labelEnd || (cell.Col < labelEnd && !RowFigures.IsPeriodHeading(text)))
                {
                    rowTitles.Add((r, text));
                    continue;
                }
                var under = columns.Where(c => c.Overlaps(cell.Col, cell.EndCol)).ToList();
                if (under.Count == 0)
                {
                    var nearest = columns.MinBy(c => c.Distance(cell.Col, cell.EndCol));
                    if (nearest is not null && nearest.Distance(cell.Col, cell.EndCol) <= 1 && !covered.Contains(nearest.Index)) under.Add(nearest);
                }
                if (under.Count == 0) continue;
                // Words centred over three or more columns that name no period ("GAAP", "(In millions)") title the table.
                if (under.Count >= 3 && !RowFigures.IsPeriodHeading(text) && !Change().IsMatch(text))
                {
                    rowTitles.Add((r, text));
                    continue;
                }
                foreach (var c in under) parts[c.Index].Add(text);
                lastHeadingRow = r;
            }
        }
        var headings = columns.Select(c => new ColumnHeading(c.Index, string.Join(" ", parts[c.Index]))).ToList();
        var title = rowTitles.Where(t => t.Row <= lastHeadingRow || lastHeadingRow < 0).GroupBy(t => t.Row).Select(g => string.Join(" ", g.Select(t => t.Text))).ToList();
        var bodyHeadings = lastHeadingRow < 0 ? [] : above.Where((_, r) => r > lastHeadingRow && rowTitles.Any(t => t.Row == r)).ToList();
        return new Result(headings, title, bodyHeadings);
    }

    private static bool IsNote(string text) =>
        NoteMark().IsMatch(text) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 14;

    [GeneratedRegex(@"^(\(\s*[0-9A-Za-z]{1,2}\s*\)|\*+|\[\d+\])\s+\S")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"\bchange\b|%|\bpercent\b|\bvariance\b|\binc(rease)?\b|\bdec(rease)?\b|\b[QY]\s*/\s*[QY]\b|\b(YoY|QoQ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();
}
