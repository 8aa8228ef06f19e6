using System.Text.RegularExpressions;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Tables;

namespace Tickmark.Periods;

/// <summary>
/// Turns each column heading, with the table's title ("For the three and twelve months ended
/// December 31, 2006 and 2005", "As of June 30, 2007 and December 31, 2006"), into an instant or
/// a duration with exact dates.
/// </summary>
public static partial class HeaderPeriodReader
{
    public static IReadOnlyList<ColumnPeriod> Read(TableGrid grid, StatementKind kind, List<Diagnostic> diagnostics)
    {
        var title = grid.TitleText;
        var headings = grid.Headings;
        var result = new ColumnPeriod[headings.Count];
        var titleLengths = DateText.FindLengths(title);
        // Only a date that ends the periods ("... ended December 31,") may stand in for a column's own.
        var titleMonth = EndedClause(title) is { } clause ? DateText.FindMonth(clause) : null;
        var groups = Groups(grid);
        var groupCount = groups.Where(g => g >= 0).Distinct().Count();
        var cellsPercent = PercentColumns(grid);
        var weeks = UsesWeeks(headings);
        var titleDate = headings.All(h => DateText.FindYears(h.Text).Count == 0) ? TitleDate(title) : null;

        for (var j = 0; j < headings.Count; j++)
        {
            var text = headings[j].Text;
            // A column of percentages is a change unless its heading dates it (a table of ratios by period).
            // A column of percentages is a change (or a share) of the column beside it unless its heading dates it
            // apart from that column (a table of ratios by period).
            if (ChangeWords().IsMatch(text) || (cellsPercent[j] && j > 0
                && (DateText.FindYears(text).Count == 0 || text == headings[j - 1].Text)))
            {
                result[j] = new ColumnPeriod(null, text, IsChange: true);
                continue;
            }
            var end = EndDate(text, NeighbourMonth(headings, j) ?? titleMonth, title) ?? titleDate;
            if (end is null)
            {
                result[j] = new ColumnPeriod(null, text);
                diagnostics.Add(DiagnosticCodes.NoPeriod(grid.Region.FirstLine, text.Length == 0 ? "(none)" : text));
                continue;
            }
            var lengths = DateText.FindLengths(text);
            if (kind == StatementKind.BalanceSheet || AsOf().IsMatch(text) || (lengths.Count == 0 && titleLengths.Count == 0 && kind != StatementKind.IncomeStatement && kind != StatementKind.CashFlow))
            {
                result[j] = new ColumnPeriod(new Instant(end.Value), text);
                continue;
            }
            (int Count, bool Weeks)? length = lengths.Count > 0 ? lengths[0] : null;
            // "Three Months Ended" centred over three columns may miss the last; its neighbour lends it.
            if (length is null && titleLengths.Count == 0)
                for (var k = j - 1; k >= 0 && length is null; k--)
                    if (groups[k] == groups[j] && DateText.FindLengths(headings[k].Text) is [var borrowed, ..]) length = borrowed;
            if (length is null && titleLengths.Count > 0)
            {
                var g = groups[j];
                length = titleLengths.Count == 1 ? titleLengths[0]
                    : groupCount == titleLengths.Count && g >= 0 ? titleLengths[g]
                    : titleLengths[Math.Min(titleLengths.Count - 1, j * titleLengths.Count / Math.Max(1, headings.Count))];
            }
            // A full date and no length anywhere ("July 3, 2004 | June 28, 2003 | January 3, 2004" over
            // inventories, in a release's supplemental figures): amounts at those dates.
            if (length is null && DateText.FindMonth(text) is { Day: not null })
            {
                result[j] = new ColumnPeriod(new Instant(end.Value), text);
                continue;
            }
            if (length is null)
            {
                result[j] = new ColumnPeriod(null, text);
                diagnostics.Add(DiagnosticCodes.NoPeriod(grid.Region.FirstLine, text));
                continue;
            }
            var (count, inWeeks) = length.Value;
            var period = inWeeks ? Duration.OfWeeks(count, end.Value)
                : weeks ? Duration.OfWeeks(count * 13 / 3, end.Value)
                : Duration.OfMonths(count, end.Value);
            result[j] = new ColumnPeriod(period, text);
        }

        for (var j = 0; j < result.Length; j++)
        {
            if (!result[j].IsChange) continue;
            var of = ChangeOf(result, j);
            result[j] = result[j] with { Period = of is { } k ? result[k].Period : null, ChangeOf = of };
        }
        return result;
    }

    /// <summary>
    /// The column a change describes: the latest of the period columns of the same length to its left
    /// ("2006 | % chg | 2005 | % chg" and "Q2 | Q1 | Q2 last year | Q/Q | Y/Y" both describe the
    /// current period); the leftmost of them when their dates are not known yet (fiscal labels). Columns
    /// with no date among dated ones are passed over.
    /// </summary>
    public static int? ChangeOf(ColumnPeriod[] columns, int j)
    {
        int? best = null;
        int? months = null;
        // An undated column among dated ones ("2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP | Adj. | ...") parts no group.
        var dated = columns.Take(j).Any(c => !c.IsChange && c.Period is not null);
        for (var k = j - 1; k >= 0; k--)
        {
            if (columns[k].IsChange || (dated && columns[k].Period is null)) continue;
            var length = columns[k].Period is Duration d ? d.Months : columns[k].Period is Instant ? 0 : -1;
            if (best is not null && length != months) break;
            months = length;
            var p = columns[k].Period;
            if (best is null || p is null || columns[best.Value].Period is not { } bp || p.End >= bp.End) best = k;
        }
        return best;
    }

    /// <summary>The end date of a column: its own month, day and year, else the title's month and day with the column's year.</summary>
    private static DateOnly? EndDate(string text, (int Month, int? Day, int? Year, int Index)? titleMonth, string title)
    {
        var own = DateText.FindMonth(text);
        var years = DateText.FindYears(text);
        int? year = own?.Year ?? (years.Count > 0 ? years[^1] : null);
        if (own is { } m)
        {
            if (year is null) return null;
            // Two dates over two year columns ("June 30, 2007 and July 1, 2006" over "2007  2006", or
            // "December 31, 2006 and 2005"): the column's own year, printed last, picks its date.
            if (years.Count > 1 && DateText.FindMonths(text) is var months)
            {
                var mine = months.FirstOrDefault(d => d.Year == years[^1] && d.Day is not null);
                if (mine.Month > 0) return DateText.TryDate(years[^1], mine.Month, mine.Day);
                if (months.Count(d => d.Day is not null) == 1) return DateText.TryDate(years[^1], m.Month, m.Day);
            }
            return DateText.TryDate(year.Value, m.Month, m.Day);
        }
        if (year is null || titleMonth is null) return null;
        // A title that ends its periods on two dates ("For the 13 Weeks Ended July 3, 2004 and June 28,
        // 2003") over year columns: the column's year picks its date.
        if (EndedClause(title) is { } clause && DateText.FindMonths(clause).FirstOrDefault(d => d.Year == year && d.Day is not null) is { Month: > 0 } dated)
            return DateText.TryDate(year.Value, dated.Month, dated.Day);
        return DateText.TryDate(year.Value, titleMonth.Value.Month, titleMonth.Value.Day);
    }

    /// <summary>
    /// A company on a 52/53-week calendar ends its periods on a weekday, not a month's last day;
    /// when any column ends mid-month, every column of the table counts in weeks (13 a quarter).
    /// </summary>
    private static bool UsesWeeks(IReadOnlyList<Tables.ColumnHeading> headings)
    {
        foreach (var h in headings)
        {
            if (DateText.FindMonth(h.Text) is not { Day: { } day, Month: var month }) continue;
            var year = DateText.FindYears(h.Text) is [.., var y] ? y : 2001; // a non-leap year: Feb 28 is a month end
            if (DateText.TryDate(year, month, null) is { } last && day < last.Day) return true;
        }
        return false;
    }

    /// <summary>
    /// A heading centred over several columns ("December 31," over "2004 2003") may sit over only
    /// some of them; the nearest column that names a month lends it.
    /// </summary>
    private static (int Month, int? Day, int? Year, int Index)? NeighbourMonth(IReadOnlyList<Tables.ColumnHeading> headings, int j)
    {
        for (var d = 1; d < headings.Count; d++)
            foreach (var k in new[] { j - d, j + d })
                if (k >= 0 && k < headings.Count && DateText.FindMonth(headings[k].Text) is { } m) return m;
        return null;
    }

    /// <summary>
    /// The one date a title ends its periods on ("For the Three Months Ended March 31, 2022" over
    /// columns "Consolidated", "Financial Products"): every column of a table whose headings name no
    /// year ends on it. Null when the title names no such date or several years.
    /// </summary>
    private static DateOnly? TitleDate(string title)
    {
        if (EndedClause(title) is not { } clause || DateText.FindYears(clause).Count != 1) return null;
        return DateText.FindMonth(clause) is { Day: { } day, Year: { } year, Month: var month } ? DateText.TryDate(year, month, day) : null;
    }

    /// <summary>"... months ended December 31, 2006" → "December 31, 2006": the date that ends the periods.</summary>
    private static string? EndedClause(string title)
    {
        var m = Ended().Match(title);
        return m.Success ? title[(m.Index + m.Length)..] : null;
    }

    /// <summary>Column groups: a new group starts where the years start again (2006 2005 | 2006 2005).</summary>
    private static int[] Groups(TableGrid grid)
    {
        var groups = new int[grid.Headings.Count];
        var g = 0;
        int? previous = null;
        for (var j = 0; j < groups.Length; j++)
        {
            var years = DateText.FindYears(grid.Headings[j].Text);
            int? year = years.Count > 0 ? years[^1] : null;
            if (year is not null && previous is not null && year > previous) g++;
            groups[j] = g;
            if (year is not null) previous = year;
        }
        return groups;
    }

    private static bool[] PercentColumns(TableGrid grid)
    {
        var result = new bool[grid.Columns.Count];
        for (var j = 0; j < result.Length; j++)
        {
            var cells = grid.Rows.Select(r => r.Cells[j]).Where(c => c is not null && !c.IsDash).ToList();
            result[j] = cells.Count > 0 && cells.All(c => c!.IsPercent);
        }
        return result;
    }

    /// <summary>Whether a heading names a change ("% Change", "Variance", "Y/Y"), not only heads a column of percentages.</summary>
    public static bool NamesChange(string heading) => ChangeWords().IsMatch(heading);

    /// <summary>Words heading a column of changes: "% Change", "Variance", "Inc (Dec)", "Q/Q", "Y/Y", "YoY".</summary>
    [GeneratedRegex(@"\bchange\b|%|\bpercent\b|\bvariance\b|\binc(rease)?\b\.?\s*/?\s*\(?dec|\b[QY]\s*/\s*[QY]\b|\b(YoY|QoQ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWords();

    [GeneratedRegex(@"\bas of\b|\bas at\b|^\s*at\b|\bbalance\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"\b(ended|ending|as of|as at|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ended();
}
