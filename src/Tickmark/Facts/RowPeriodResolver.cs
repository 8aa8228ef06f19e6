using System.Text.RegularExpressions;
using Tickmark.Extraction;
using Tickmark.Periods;

namespace Tickmark.Facts;

/// <summary>
/// A table whose columns are measures ("Operating Profit | Profit Before Taxes | Profit per Share")
/// names its periods in its rows: a row labelled "Three Months Ended March 31, 2022 - U.S. GAAP"
/// dates its own figures and those of the rows under it ("Restructuring costs"), up to the next row
/// that names a period. Only columns that name no period of their own take it.
/// </summary>
public static partial class RowPeriodResolver
{
    public static void Resolve(IReadOnlyList<Statement> statements, List<Fact> facts)
    {
        foreach (var statement in statements)
        {
            var open = Enumerable.Range(0, statement.Columns.Count).Where(j => statement.Columns[j] is { Period: null, IsChange: false }).ToList();
            if (open.Count == 0) continue;
            Period? current = null;
            foreach (var row in statement.Rows)
            {
                if (Named(row.Label) is { } named) current = named;
                if (current is null) continue;
                foreach (var j in open)
                    if (row.FactIndexes[j] is { } i && facts[i].Period is null) facts[i] = facts[i] with { Period = current };
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
