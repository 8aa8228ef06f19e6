using System.Text.RegularExpressions;

namespace Tickmark.Html;

/// <summary>
/// Splits one &lt;table&gt; into the tables a reader sees in it: a new table begins where, after rows
/// of figures, a row names periods over the figures again ("Quarter Ended", "June 30, 2008", "2023"),
/// or a row of words names a statement ("CONSOLIDATED BALANCE SHEETS"). The rows of words just
/// above such a row (its title) go with it.
/// </summary>
public static partial class TableSegmenter
{
    public static List<List<RowFigures>> Split(IReadOnlyList<RowFigures> rows)
    {
        var segments = new List<List<RowFigures>>();
        var start = 0;
        var lastData = -1;
        var figureZone = int.MaxValue;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsData)
            {
                lastData = i;
                figureZone = Math.Min(figureZone, row.FigureStart);
                continue;
            }
            if (lastData < start) continue;
            int first;
            if (NamesPeriodsOverFigures(row, figureZone)) first = lastData + 1;
            else if (NamesAStatement(row)) first = i;
            else continue;
            segments.Add(rows.Skip(start).Take(first - start).ToList());
            start = first;
            figureZone = int.MaxValue;
        }
        segments.Add(rows.Skip(start).ToList());
        return segments.Where(s => s.Any(r => r.IsData)).ToList();
    }

    /// <summary>A row of words that titles a statement ("CONSOLIDATED BALANCE SHEET DATA:"), not a heading inside one ("Cash flows from investing activities:").</summary>
    private static bool NamesAStatement(RowFigures row) =>
        row.Figures.Count == 0 && row.Words.Count == 1 && row.Words[0].Text.Length < 80 && StatementName().IsMatch(row.Words[0].Text.Text);

    [GeneratedRegex(@"statements?\s+of\s+(consolidated\s+)?(operations|income|earnings|cash\s+flows?|financial\s+(condition|position))|balance\s+sheets?|income\s+statements?", RegexOptions.IgnoreCase)]
    private static partial Regex StatementName();

    private static bool NamesPeriodsOverFigures(RowFigures row, int figureZone) =>
        row.IsYearHeading || row.Words.Any(w => w.Col >= figureZone && RowFigures.IsPeriodHeading(w.Text.Text));
}
