using AngleSharp.Dom;

namespace Tickmark.Html;

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
