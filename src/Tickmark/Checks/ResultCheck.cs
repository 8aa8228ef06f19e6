using System.Text.RegularExpressions;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Units;
using Tickmark.Text;

namespace Tickmark.Checks;

/// <summary>
/// The steps of a statement of operations: revenues - costs = gross profit or operating result;
/// operating result + other items (interest, taxes) = net result. Each result row is checked against
/// the result (or revenues) above it and the rows in between, a total standing for its parts.
/// </summary>
public static partial class ResultCheck
{
    private static readonly string[] Steps =
    [
        "us-gaap:GrossProfit",
        "us-gaap:OperatingIncomeLoss",
        "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
        "us-gaap:NetIncomeLoss",
    ];

    public static IEnumerable<CheckResult> Run(Statement statement, IReadOnlyList<Fact> facts)
    {
        if (statement.Kind != StatementKind.IncomeStatement) yield break;
        var rows = statement.Rows;
        var results = Steps.Select(c => Enumerable.Range(0, rows.Count).FirstOrDefault(i => rows[i].Concept == c, -1)).Where(i => i >= 0).Order().ToList();
        if (results.Count == 0) yield break;
        var anchor = Enumerable.Range(0, results[0]).LastOrDefault(i => rows[i].Concept == "us-gaap:Revenues", -1);
        foreach (var result in results)
        {
            if (anchor >= 0 && result - anchor > 1)
            {
                // Up to the operating result, the rows between are costs; below it, other items, taxes and the like.
                var belowOperating = rows[result].Concept is not ("us-gaap:GrossProfit" or "us-gaap:OperatingIncomeLoss");
                for (var j = 0; j < statement.Columns.Count; j++)
                    if (!statement.Columns[j].IsChange && Check(rows, facts, anchor, result, TopLevel(rows, facts, anchor + 1, result - 1, j), j, belowOperating) is { } check)
                        yield return check;
            }
            anchor = result;
        }
    }

    private static CheckResult? Check(IReadOnlyList<StatementRow> rows, IReadOnlyList<Fact> facts, int anchor, int result, List<int> items, int column, bool belowOperating)
    {
        if (rows[anchor].FactIndexes[column] is not { } a || rows[result].FactIndexes[column] is not { } r) return null;
        if (facts[a].Unit != Unit.Usd || facts[r].Unit != Unit.Usd) return null;
        var terms = items.Select(i => rows[i].FactIndexes[column]).OfType<int>().ToList();
        // A summary table with a margin in percent between its money rows is no chain of steps.
        if (terms.Count == 0 || terms.Any(f => facts[f].Unit != Unit.Usd)) return null;
        var slack = Tolerance.Slack(terms.Append(a).Select(f => facts[f]));
        // Two ways of printing: costs as positive amounts to deduct (and other items signed by their words),
        // or every amount signed as it adds. The better reading is the one the release uses.
        var signed = facts[a].Value + terms.Sum(f => Signed(facts[f], belowOperating));
        var asPrinted = facts[a].Value + terms.Sum(f => facts[f].Value);
        var first = Tolerance.Compare(signed, slack, facts[r].Value, facts[r].Decimals);
        var second = Tolerance.Compare(asPrinted, slack, facts[r].Value, facts[r].Decimals);
        var (status, expected) = second < first ? (second, asPrinted) : (first, signed);
        return new CheckResult(belowOperating ? "net-result" : "operating-result", status,
            $"{rows[result].Label} = {facts[r].Value:#,##0}; '{rows[anchor].Label}' {facts[a].Value:#,##0} and the {Counted.Of(terms.Count, "row")} between give {expected:#,##0}",
            [a, .. terms, r]);
    }

    /// <summary>
    /// The rows between two steps, each total standing in for the rows it sums: a "Total" row, or a row
    /// ("Other income (expense), net") that the rows just above it add up to.
    /// </summary>
    private static List<int> TopLevel(IReadOnlyList<StatementRow> rows, IReadOnlyList<Fact> facts, int from, int to, int column)
    {
        var items = new List<int>();
        for (var i = from; i <= to; i++)
        {
            if (rows[i].FactIndexes[column] is null) continue;
            foreach (var p in FootingCheck.Parts(rows, i)) items.Remove(p);
            if (items.Count >= 2 && FootingCheck.RowsSummingTo(rows, facts, i, column) is { } first && first >= from)
                items.RemoveAll(k => k >= first);
            items.Add(i);
        }
        return items;
    }

    /// <summary>
    /// An amount as it adds to the result: costs printed positive are deducted; income taxes are printed
    /// as an expense (a benefit in parentheses) and always deducted; expenses and losses printed
    /// positive are deducted; anything else adds as printed.
    /// </summary>
    private static decimal Signed(Fact f, bool belowOperating)
    {
        var label = ConceptMap.Normalize(f.Label);
        if (belowOperating && label.Contains("tax")) return -f.Value;
        if (f.Value <= 0) return f.Value;
        if (!belowOperating) return -f.Value;
        return !IncomeWords().IsMatch(label) && ExpenseWords().IsMatch(label) ? -f.Value : f.Value;
    }

    [GeneratedRegex(@"\b(income|gain|gains)\b")]
    private static partial Regex IncomeWords();

    [GeneratedRegex(@"\b(expense|expenses|loss|losses|charge|charges|cost|costs|impairment)\b")]
    private static partial Regex ExpenseWords();
}
