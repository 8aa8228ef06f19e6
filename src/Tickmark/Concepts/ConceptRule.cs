using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// One line of <c>concepts.tsv</c>: rows of these statements, in this unit, whose label (and
/// headings) match, under these conditions, are the element (null: the row has no standard element).
/// </summary>
public sealed record ConceptRule(
    string? Element,
    IReadOnlySet<StatementKind>? Statements,
    Unit? Unit,
    Regex Label,
    Regex? Section,
    IReadOnlyList<RuleCondition> Conditions,
    SignRule Sign,
    int Line)
{
    /// <summary>The part of the rule that depends on the row alone (cached per label, heading, statement and unit).</summary>
    public bool MatchesRow(string label, string section, StatementKind statement, Unit unit) =>
        (Statements is null || Statements.Contains(statement))
        && (Unit is null || Unit == unit)
        && Label.IsMatch(label)
        && (Section is null || Section.IsMatch(section));

    public bool MatchesContext(RowContext row)
    {
        foreach (var c in Conditions)
            if (!c.Holds(row)) return false;
        return true;
    }
}
