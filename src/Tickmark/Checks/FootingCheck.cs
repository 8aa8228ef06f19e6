using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Text;

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
                // Growth rates and margins in percent do not add up.
                if (total.FactIndexes[j] is not { } t || statement.Columns[j].IsChange || facts[t].Unit == Units.Unit.Percent) continue;
                var check = Foot(rows, facts, parts, j, t);
                // A grand total over subtotals ("Total assets" below "Net loans receivable" and "Total current
                // assets") sums the whole section, each subtotal standing for its own rows.
                if (check is { Status: CheckStatus.Fail } && NestedParts(rows, facts, i, j) is { } nested
                    && Foot(rows, facts, nested, j, t) is { Status: not CheckStatus.Fail } better)
                    check = better;
                if (check is not null) yield return check;
            }
        }
    }

    private static CheckResult? Foot(IReadOnlyList<StatementRow> rows, IReadOnlyList<Fact> facts, List<int> parts, int column, int t)
    {
        var partFacts = parts.Select(p => rows[p].FactIndexes[column]).Where(x => x is not null).Select(x => x!.Value).ToList();
        if (partFacts.Count < 2) return null;
        var sum = partFacts.Sum(p => facts[p].Value);
        var status = Tolerance.Compare(sum, Tolerance.Slack(partFacts.Select(p => facts[p])), facts[t].Value, facts[t].Decimals);
        var total = facts[t];
        var label = total.Label.Length > 0 ? total.Label : $"total of {total.Section}";
        return new CheckResult("footing", status,
            $"{label} = {total.Value:#,##0.##} ; the {Counted.Of(partFacts.Count, "row")} above it add to {sum:#,##0.##}",
            [.. partFacts, t]);
    }

    /// <summary>
    /// For a grand total over subtotals: the rows above it, back within its heading, a subtotal standing
    /// for the rows it sums (a "Total" row for the rows its structure gives, a row under a rule such as
    /// "Net loans receivable" for the rows just above it that add up to it), as far back as they add
    /// up to the total. Null when no such extent does.
    /// </summary>
    private static List<int>? NestedParts(IReadOnlyList<StatementRow> rows, IReadOnlyList<Fact> facts, int i, int column)
    {
        var total = rows[i];
        var target = facts[total.FactIndexes[column]!.Value];
        var parts = new List<int>();
        var sum = 0m;
        var slack = 0m;
        for (var k = i - 1; k >= 0; k--)
        {
            var row = rows[k];
            if (total.Section.Length > 0 && !row.Section.StartsWith(total.Section, StringComparison.Ordinal)) break;
            if (row.FactIndexes[column] is not { } f) continue;
            parts.Add(k);
            sum += facts[f].Value;
            slack += Tolerance.HalfUnit(facts[f].Decimals);
            var sub = Parts(rows, k);
            if (sub.Count > 0) k = sub.Min();
            else if (row.RuleAbove && RowsSummingTo(rows, facts, k, column) is { } first) k = first;
            if (parts.Count > 2 && Tolerance.Compare(sum, slack, target.Value, target.Decimals) != CheckStatus.Fail) return parts;
        }
        return null;
    }

    /// <summary>The first of the rows just above row <paramref name="k"/> that add up to it exactly, if some do.</summary>
    public static int? RowsSummingTo(IReadOnlyList<StatementRow> rows, IReadOnlyList<Fact> facts, int k, int column)
    {
        var target = facts[rows[k].FactIndexes[column]!.Value];
        var sum = 0m;
        for (var m = k - 1; m >= 0; m--)
        {
            if (rows[m].FactIndexes[column] is not { } f) continue;
            sum += facts[f].Value;
            // Exactly: a subtotal found by its figures must not be a coincidence of rounding.
            if (m < k - 1 && sum == target.Value) return m;
        }
        return null;
    }

    public static bool IsTotal(StatementRow row) =>
        row.Label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || row.Label.StartsWith("Subtotal", StringComparison.OrdinalIgnoreCase) || row.Label.Length == 0;

    /// <summary>
    /// The rows that row <paramref name="i"/> totals, nearest first: a total under a rule, or a "Total"
    /// row under a heading in a table printed without rules. Empty when it is not a total.
    /// </summary>
    public static List<int> Parts(IReadOnlyList<StatementRow> rows, int i)
    {
        var total = rows[i];
        var parts = new List<int>();
        if (!IsTotal(total) || !(total.RuleAbove || (total.Label.Length > 0 && total.Section.Length > 0))) return parts;
        return RowsAbove(rows, i);
    }

    /// <summary>The rows above row <paramref name="i"/> back to the previous rule or total, under its heading.</summary>
    private static List<int> RowsAbove(IReadOnlyList<StatementRow> rows, int i)
    {
        var total = rows[i];
        var parts = new List<int>();
        for (var k = i - 1; k >= 0; k--)
        {
            var row = rows[k];
            if ((row.Label.Length > 0 && IsTotal(row)) || (k < i - 1 && rows[k + 1].RuleAbove)) break;
            if (total.Section.Length > 0 && !row.Section.StartsWith(total.Section, StringComparison.Ordinal)) break;
            // Parts sit under one heading: a row outside the heading of the nearest part is beyond them.
            if (parts.Count > 0 && rows[parts[0]].Section.Length > 0 && !row.Section.StartsWith(rows[parts[0]].Section, StringComparison.Ordinal)) break;
            parts.Add(k);
        }
        return parts;
    }
}
