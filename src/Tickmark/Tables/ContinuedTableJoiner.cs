namespace Tickmark.Tables;

/// <summary>
/// A table continued over a page break repeats its headings under a title that is empty, the same,
/// or says "(continued)"; such a table is joined to the one before it (Southern Company's "Significant
/// Factors Impacting EPS" repeats "3 Months Ended December / 2006 2005 Change" with no title before
/// its second part, whose figures stay per share). A note's mark under a heading ("2006 (Notes)" above,
/// "2006" in the repeat: Southern Company's "Financial Highlights") does not make the headings differ.
/// </summary>
public static partial class ContinuedTableJoiner
{
    public static List<TableGrid> Join(List<TableGrid> grids)
    {
        var result = new List<TableGrid>();
        foreach (var grid in grids)
        {
            if (result.Count > 0 && Continues(result[^1], grid))
            {
                var previous = result[^1];
                var joined = new TableGrid
                {
                    Region = previous.Region with { BodyEnd = grid.Region.BodyEnd, LastLine = grid.Region.LastLine },
                    Columns = previous.Columns,
                    Headings = previous.Headings,
                    TitleLines = previous.TitleLines,
                    Rows = [.. previous.Rows, .. grid.Rows.Select(r => r with { Sections = r.Sections.Count == 0 && previous.Rows.Count > 0 ? previous.Rows[^1].Sections : r.Sections })],
                };
                joined.Diagnostics.AddRange(previous.Diagnostics);
                joined.Diagnostics.AddRange(grid.Diagnostics);
                result[^1] = joined;
                continue;
            }
            result.Add(grid);
        }
        return result;
    }

    private static bool Continues(TableGrid previous, TableGrid next)
    {
        if (previous.Columns.Count != next.Columns.Count) return false;
        if (!previous.Headings.Select(h => WithoutNoteMarks(h.Text)).SequenceEqual(next.Headings.Select(h => WithoutNoteMarks(h.Text)))) return false;
        if (next.Headings.All(h => h.Text.Length == 0)) return false;
        var title = next.TitleText;
        return title.Contains("continued", StringComparison.OrdinalIgnoreCase)
            || title == previous.TitleText || title.Length == 0;
    }

    private static string WithoutNoteMarks(string heading) => string.Join(" ", NoteMark().Replace(heading, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"(Notes)", "(See Notes)", "(1)", "(a)", "*" under or after a heading: a pointer to a note, not the column's name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\((see\s+)?notes?(\s+\d+)?\)|\((\d{1,2}|[a-z])\)|\*+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NoteMark();
}
