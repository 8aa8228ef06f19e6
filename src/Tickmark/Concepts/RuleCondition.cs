using System.Text.RegularExpressions;

namespace Tickmark.Concepts;

/// <summary>
/// One condition of a concept rule on the row's context: the table's title, an earlier row, a later
/// row; <see cref="Negated"/> turns it around ("no earlier row says 'total current liabilities'").
/// </summary>
public sealed record RuleCondition(RuleConditionKind Kind, Regex Pattern, bool Negated)
{
    public bool Holds(RowContext row)
    {
        var found = Kind switch
        {
            RuleConditionKind.Title => Pattern.IsMatch(row.Title),
            RuleConditionKind.After => Any(row.Labels, 0, row.Index),
            RuleConditionKind.Before => Any(row.Labels, row.Index + 1, row.Labels.Count),
            _ => false,
        };
        return found != Negated;
    }

    private bool Any(IReadOnlyList<string> labels, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (Pattern.IsMatch(labels[i])) return true;
        return false;
    }
}
