using Tickmark.Blocks;
using Tickmark.Extraction;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// A text release inside &lt;pre&gt;: its text goes through the plain-text stages unchanged, and every
/// span they give is carried back to the HTML source.
/// </summary>
public static class PreTableReader
{
    public static (List<TableGrid> Grids, IReadOnlyList<Block> Blocks, SourceDocument Pre) Read(MappedText pre, LineIndex sourceLines)
    {
        var doc = SourceDocument.FromText(pre.Text);
        var part = TextPartReader.Read(doc);
        var grids = part.Grids.Select(g => Remap(g, pre, sourceLines)).ToList();
        return (grids, part.Blocks, doc);
    }

    private static TableGrid Remap(TableGrid grid, MappedText pre, LineIndex sourceLines)
    {
        SourceSpan Map(SourceSpan s) => pre.SourceOf(s.Start, s.Length);
        var rows = grid.Rows.Select(r => r with
        {
            LabelSpan = Map(r.LabelSpan),
            Line = r.Cells.FirstOrDefault(c => c is not null) is { } c ? sourceLines.LineOf(Map(c.Span).Start) : r.Line,
            Cells = r.Cells.Select(c => c is null ? null : c with { Span = Map(c.Span) }).ToArray(),
        }).ToList();
        var remapped = new TableGrid
        {
            Region = grid.Region with { FirstLine = rows.Min(r => r.Line) + 1, LastLine = rows.Max(r => r.Line) + 1 },
            Columns = grid.Columns,
            Headings = grid.Headings,
            TitleLines = grid.TitleLines,
            Rows = rows,
        };
        remapped.Diagnostics.AddRange(grid.Diagnostics);
        return remapped;
    }
}
