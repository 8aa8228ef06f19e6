using System.Text.RegularExpressions;

namespace Tickmark.Concepts;

/// <summary>
/// One condition of a concept rule on the row's context: the table's title, an earlier row, a later
/// row, the table's latest year being at least <see cref="Year"/>; <see cref="Negated"/> turns it around
/// ("no earlier row says 'total current liabilities'", "before 2018": a table of no known year counts as earlier).
/// </summary>
public sealed record RuleCondition(RuleConditionKind Kind, Regex? Pattern, bool Negated, int Year = 0)
{
    public bool Holds(RowContext row)
    {
        var found = Kind switch
        {
            RuleConditionKind.YearFrom => row.Year >= Year,
            _ when Pattern is null => false,
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
            if (Pattern!.IsMatch(labels[i])) return true;
        return false;
    }
}
