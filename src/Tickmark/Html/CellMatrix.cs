using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// Lays a &lt;table&gt;'s own rows (not those of tables inside it) onto a grid of logical columns:
/// each cell starts at the first column not taken by a cell spanning rows from above and covers
/// its colspan.
/// </summary>
public static class CellMatrix
{
    private const int MaxSpan = 1000;

    public static List<HtmlRow> Read(IElement table, RawTextIndex index)
    {
        var rows = new List<HtmlRow>();
        var busyUntil = new List<int>(); // per logical column: the last row a rowspan covers
        foreach (var tr in OwnRows(table))
        {
            var r = rows.Count;
            var cells = new List<HtmlCell>();
            var col = 0;
            for (var td = tr.FirstElementChild; td is not null; td = td.NextElementSibling)
            {
                if (td.LocalName is not ("td" or "th")) continue;
                while (col < busyUntil.Count && busyUntil[col] >= r) col++;
                var span = Math.Clamp(Attribute(td, "colspan"), 1, MaxSpan);
                var rowSpan = Math.Clamp(Attribute(td, "rowspan"), 1, MaxSpan);
                while (busyUntil.Count < col + span) busyUntil.Add(-1);
                if (rowSpan > 1)
                    for (var k = col; k < col + span; k++) busyUntil[k] = r + rowSpan - 1;
                var hidden = CssStyle.IsHidden(td);
                var lead = 0;
                var text = hidden ? MappedText.Empty : HtmlTextCollector.Collect(td, index, keepLines: false, out lead);
                cells.Add(new HtmlCell
                {
                    Element = td,
                    Col = col,
                    ColSpan = span,
                    Text = text,
                    LeadingSpaces = lead,
                    Kind = CellReader.Classify(text.Text),
                    RuleTop = HasRule(td, "top"),
                    RuleBottom = HasRule(td, "bottom"),
                });
                col += span;
            }
            FootnoteMarkCells.Clear(cells);
            rows.Add(new HtmlRow { Element = tr, Index = r, Cells = cells });
        }
        return rows;
    }

    /// <summary>The table's rows in order: direct &lt;tr&gt; children and those of its &lt;thead&gt;, &lt;tbody&gt;, &lt;tfoot&gt;.</summary>
    private static IEnumerable<IElement> OwnRows(IElement table)
    {
        for (var c = table.FirstElementChild; c is not null; c = c.NextElementSibling)
        {
            if (c.LocalName == "tr") yield return c;
            else if (c.LocalName is "thead" or "tbody" or "tfoot")
                for (var tr = c.FirstElementChild; tr is not null; tr = tr.NextElementSibling)
                    if (tr.LocalName == "tr") yield return tr;
        }
    }

    private static int Attribute(IElement e, string name) =>
        int.TryParse(e.GetAttribute(name)?.Trim().TrimEnd(';'), out var n) ? n : 1;

    /// <summary>A border drawn on the cell, or on the paragraph inside it (Word puts it there).</summary>
    private static bool HasRule(IElement td, string side)
    {
        if (CssStyle.HasBorder(td, side)) return true;
        var inner = td.FirstElementChild;
        return inner is not null && inner.NextElementSibling is null && inner.LocalName is "p" or "div" && CssStyle.HasBorder(inner, side);
    }
}
