using System.Text.RegularExpressions;
using Tickmark.Extraction;
using Tickmark.Periods;

namespace Tickmark.Facts;

/// <summary>
/// A table whose columns are measures ("Operating Profit | Profit Before Taxes | Profit per Share")
/// names its periods in its rows: a row labelled "Three Months Ended March 31, 2022 - U.S. GAAP"
/// dates its own figures and those of the rows under it ("Restructuring costs"), up to the next row
/// that names a period. Only columns that name no period of their own take it; a column of percentages
/// there ("Operating Profit Margin", "Effective Tax Rate") is a ratio of that period, not a change.
/// </summary>
public static partial class RowPeriodResolver
{
    public static void Resolve(IReadOnlyList<Statement> statements, List<Fact> facts)
    {
        foreach (var statement in statements)
        {
            // A column of percentages in a table with no dated column ("Operating Profit Margin") was read as a
            // change of nothing: it is a ratio of the row's period, unless its heading names a change.
            var columns = statement.Columns;
            var undatedChange = columns.Select(c => c is { IsChange: true, Period: null } && (c.ChangeOf is not { } of || columns[of].Period is null)).ToArray();
            var ratio = columns.Select((c, j) => undatedChange[j] && !HeaderPeriodReader.NamesChange(c.Heading)).ToArray();
            var open = Enumerable.Range(0, columns.Count).Where(j => columns[j] is { Period: null, IsChange: false } || undatedChange[j]).ToList();
            if (open.Count == 0) continue;
            Period? current = null;
            foreach (var row in statement.Rows)
            {
                if (Named(row.Label) is { } named) current = named;
                if (current is null) continue;
                foreach (var j in open)
                {
                    if (row.FactIndexes[j] is not { } i || facts[i].Period is not null) continue;
                    facts[i] = facts[i] with { Period = current };
                    if (ratio[j]) facts[i] = facts[i] with { Dimensions = facts[i].Dimensions.Where(d => d.Key != "change").ToDictionary() };
                }
            }
        }
    }

    /// <summary>The period a label opens with: "Three Months Ended March 31, 2022 ...", "Year ended December 31, 2021", "As of June 30, 2023".</summary>
    public static Period? Named(string label)
    {
        var m = Opening().Match(label);
        if (!m.Success || DateText.FindMonth(m.Value) is not { Day: { } day, Year: { } year, Month: var month }
            || DateText.TryDate(year, month, day) is not { } end) return null;
        if (m.Groups["at"].Success) return new Instant(end);
        var lengths = DateText.FindLengths(m.Value);
        if (lengths.Count != 1) return null;
        var (count, weeks) = lengths[0];
        return weeks ? Duration.OfWeeks(count, end) : Duration.OfMonths(count, end);
    }

    [GeneratedRegex(@"^\s*(for\s+the\s+)?(((\w+|\d+)[- ](months?|weeks?)|quarter|(fiscal\s+)?year)\s+(ended|ending)|(?<at>as\s+of|at))\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(19|20)\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
