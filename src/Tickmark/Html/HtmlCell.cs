using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>What one table cell holds, seen on its own.</summary>
public enum CellKind
{
    Empty,
    /// <summary>A figure, a dash standing for nothing, or a placeholder such as "n/a".</summary>
    Number,
    /// <summary>A '$' or '(' printed in a cell of its own before its figure.</summary>
    Prefix,
    /// <summary>A ')' or '%' printed in a cell of its own after its figure.</summary>
    Suffix,
    Text,
}

/// <summary>
/// A table cell placed on the table's grid of logical columns: it covers columns
/// [<see cref="Col"/>, <see cref="EndCol"/>), colspan expanded and rows spanned from above skipped.
/// </summary>
public sealed class HtmlCell
{
    public required IElement Element { get; init; }
    public required int Col { get; init; }
    public required int ColSpan { get; init; }
    public required MappedText Text { get; init; }
    /// <summary>White space (spaces, &amp;nbsp;) before the first word: an indent by spaces.</summary>
    public int LeadingSpaces { get; init; }
    public required CellKind Kind { get; init; }
    public int EndCol => Col + ColSpan;
    public bool RuleTop { get; init; }
    public bool RuleBottom { get; init; }
}

/// <summary>A row of a table's grid: its cells left to right.</summary>
public sealed class HtmlRow
{
    public required IElement Element { get; init; }
    public required int Index { get; init; }
    public required IReadOnlyList<HtmlCell> Cells { get; init; }
    public bool IsBlank => Cells.All(c => c.Kind == CellKind.Empty);
    /// <summary>A row with no text whose cells draw a rule: the line under a column of figures.</summary>
    public bool IsRule => IsBlank && Cells.Any(c => c.RuleTop || c.RuleBottom || c.Element.QuerySelector("hr") is not null);
}
