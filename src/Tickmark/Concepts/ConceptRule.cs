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
    /// <summary>The part of the rule that depends on the row alone: label, statement, unit and headings.</summary>
    public bool MatchesRow(string label, string section, StatementKind statement, Unit unit) =>
        Label.IsMatch(label) && MatchesRow(statement, unit, section);

    /// <summary>The row part but the label: statement, unit and section (for a label already known to fit).</summary>
    public bool MatchesRow(StatementKind statement, Unit unit, string section) =>
        (Statements is null || Statements.Contains(statement))
        && (Unit is null || Unit == unit)
        && (Section is null || Section.IsMatch(section));

    public bool MatchesContext(RowContext row)
    {
        foreach (var c in Conditions)
            if (!c.Holds(row)) return false;
        return true;
    }
}
