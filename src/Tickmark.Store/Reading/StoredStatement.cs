using Tickmark.Concepts;
using Tickmark.Periods;

namespace Tickmark.Store.Reading;

/// <summary>A column of a stored statement: its heading and period, or a change between columns.</summary>
public sealed record StoredColumn(int Index, string Heading, Period? Period, bool IsChange, int? ChangeOf);

/// <summary>A row of a stored statement: label, the headings above it, element, 1-based line.</summary>
public sealed record StoredRow(int Index, string Label, string Section, string? Concept, int Line);

/// <summary>A financial table of a stored release (lines are 1-based, inclusive); its cells are the facts whose statement index is <see cref="Index"/>.</summary>
public sealed record StoredStatement(int Index, StatementKind Kind, string Title, int FirstLine, int LastLine, decimal Scale,
    IReadOnlyList<StoredColumn> Columns, IReadOnlyList<StoredRow> Rows);
