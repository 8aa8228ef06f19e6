using AngleSharp.Dom;

namespace Tickmark.Html;

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
