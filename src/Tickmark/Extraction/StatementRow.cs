namespace Tickmark.Extraction;

/// <summary>A row of a statement: label, headings, element, the index of its fact in each column (null where blank), and the 1-based document line it is printed on.</summary>
public sealed record StatementRow(string Label, string Section, string? Concept, int?[] FactIndexes, int Line, bool RuleAbove, int Indent);
