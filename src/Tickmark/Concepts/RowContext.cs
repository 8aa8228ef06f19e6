using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// What the concept stage knows of one row: its own words and headings (normalized, see
/// <see cref="ConceptMap.Normalize"/>), the statement and table it sits in, and the labels of
/// every row of that table, so a rule can look at the rows before and after it; <see cref="Year"/> is the
/// calendar year of the latest period the table reports (null when its headers name none), for elements
/// whose use changed with the standards (restricted cash in cash-flow totals from 2018, ASC 606 revenue).
/// </summary>
public sealed record RowContext(string Label, string Section, StatementKind Statement, Unit Unit, string Title, IReadOnlyList<string> Labels, int Index, int? Year = null)
{
    /// <summary>A row seen alone (a prose measure): no table around it.</summary>
    public static RowContext Alone(string label, string section, StatementKind statement, Unit unit) =>
        new(label, section, statement, unit, "", [label], 0);
}
