using Tickmark.Extraction;
using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>
/// Every total equals the sum of its parts. The parts come from the table's structure: a "Total"
/// row, or an unlabeled row, under a rule sums the rows above it back to the previous rule or total
/// under the same heading.
/// </summary>
public static class FootingCheck
{
    public static IEnumerable<CheckResult> Run(Statement statement, IReadOnlyList<Fact> facts)
    {
        var rows = statement.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var parts = Parts(rows, i);
            if (parts.Count < 2) continue;
            var total = rows[i];
            for (var j = 0; j < statement.Columns.Count; j++)
            {
                if (total.FactIndexes[j] is not { } t || statement.Columns[j].IsChange) continue;
                var partFacts = parts.Select(p => rows[p].FactIndexes[j]).Where(x => x is not null).Select(x => x!.Value).ToList();
                if (partFacts.Count < 2) continue;
                var sum = partFacts.Sum(p => facts[p].Value);
                var status = Tolerance.Compare(sum, Tolerance.Slack(partFacts.Select(p => facts[p])), facts[t].Value, facts[t].Decimals);
                var label = total.Label.Length > 0 ? total.Label : $"total of {total.Section}";
                yield return new CheckResult("footing", status,
                    $"{label} = {facts[t].Value:#,##0.##} ; the {partFacts.Count} rows above it add to {sum:#,##0.##}",
                    [.. partFacts, t]);
            }
        }
    }

    public static bool IsTotal(StatementRow row) => row.Label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || row.Label.Length == 0;

    /// <summary>The rows that row <paramref name="i"/> totals, nearest first; empty when it is not a total under a rule.</summary>
    public static List<int> Parts(IReadOnlyList<StatementRow> rows, int i)
    {
        var total = rows[i];
        var parts = new List<int>();
        if (!IsTotal(total) || !total.RuleAbove) return parts;
        for (var k = i - 1; k >= 0; k--)
        {
            var row = rows[k];
            if (row.Label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || (k < i - 1 && rows[k + 1].RuleAbove)) break;
            if (total.Section.Length > 0 && !row.Section.StartsWith(total.Section, StringComparison.Ordinal)) break;
            parts.Add(k);
        }
        return parts;
    }
}
