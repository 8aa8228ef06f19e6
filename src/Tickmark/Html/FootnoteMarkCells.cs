using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// A footnote mark printed in a cell of its own after a row's figures: "1" or "2" raised
/// (&lt;sup&gt;, "vertical-align: super", "top: -3pt") or set in a smaller type than the figures
/// beside it (6pt beside 9pt, Caterpillar's supplemental statements). It points to a note; it is
/// no figure, so the cell reads as empty.
/// </summary>
public static partial class FootnoteMarkCells
{
    /// <summary>Type this much smaller than the row's figures, or smaller still, is a mark's.</summary>
    private const double SmallerBy = 0.8;

    public static void Clear(List<HtmlCell> cells)
    {
        var firstFigure = cells.FindIndex(c => c.Kind == CellKind.Number);
        if (firstFigure < 0) return;
        double? largest = null;
        foreach (var c in cells)
            if (c.Kind == CellKind.Number && !MarkText().IsMatch(c.Text.Text) && FontPoints(c.Element) is { } pt)
                largest = Math.Max(largest ?? 0, pt);
        for (var i = firstFigure + 1; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.Kind != CellKind.Number || !MarkText().IsMatch(c.Text.Text)) continue;
            var smaller = largest is { } big && FontPoints(c.Element) is { } pt && pt <= SmallerBy * big;
            if (smaller || CssStyle.EndsRaised(c.Element)) cells[i] = new HtmlCell
            {
                Element = c.Element, Col = c.Col, ColSpan = c.ColSpan, Text = c.Text, LeadingSpaces = c.LeadingSpaces,
                Kind = CellKind.Empty, RuleTop = c.RuleTop, RuleBottom = c.RuleBottom,
            };
        }
    }

    /// <summary>The size the cell's text is set in, in points (px × 0.75, em × 10), from the innermost element that states it.</summary>
    private static double? FontPoints(IElement cell)
    {
        var text = cell.Descendants<IText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Data));
        for (var e = text?.ParentElement; e is not null; e = e == cell ? null : e.ParentElement)
        {
            if (CssStyle.Get(e, "font-size") is not { } size) continue;
            var m = Size().Match(size);
            if (!m.Success || !double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
            return m.Groups["u"].Value switch { "pt" => n, "px" => n * 0.75, "em" or "rem" => n * 10, _ => null };
        }
        return null;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\s*$")]
    private static partial Regex MarkText();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)\s*(?<u>pt|px|em|rem)$")]
    private static partial Regex Size();
}
