namespace Tickmark.Extraction;

/// <summary>A row of a statement: label, headings, element, and the index of its fact in each column (null where blank).</summary>
public sealed record StatementRow(string Label, string Section, string? Concept, int?[] FactIndexes, int Line, bool RuleAbove, int Indent);
