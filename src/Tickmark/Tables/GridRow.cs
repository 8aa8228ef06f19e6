using Tickmark.Lines;
using Tickmark.Text;

namespace Tickmark.Tables;

/// <summary>A row of a table: its label (wrapped lines joined), the headings it sits under, and one cell per column.</summary>
public sealed record GridRow
{
    public required string Label { get; init; }
    public SourceSpan LabelSpan { get; init; }
    /// <summary>Headings above the row, outermost first.</summary>
    public required IReadOnlyList<string> Sections { get; init; }
    public string Section => string.Join(" > ", Sections);
    public int Indent { get; init; }
    /// <summary>0-based line of the figures.</summary>
    public int Line { get; init; }
    /// <summary>The cell under each column, null where the row has none.</summary>
    public required NumericCell?[] Cells { get; init; }
    /// <summary>A rule line stands between this row and the previous one.</summary>
    public bool RuleAbove { get; init; }
}
