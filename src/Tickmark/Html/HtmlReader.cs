using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Tickmark.Blocks;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// The HTML stages for one HTML document (a whole file, or one document of a submission): parse,
/// find the release in the page, split it into blocks, read each table into grids (and each
/// &lt;pre&gt; through the text stages), and lay the prose out for the narrative stage. Spans are
/// offsets of the source document, pointing at the characters as written in the HTML.
/// </summary>
public static class HtmlReader
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    /// <summary>Reads <paramref name="doc"/>[<paramref name="content"/>].</summary>
    public static DocumentPart Read(SourceDocument doc, SourceSpan content)
    {
        var parsed = Parse(doc, content);
        var grids = new List<TableGrid>();
        var sourceBlocks = new List<Block>();
        var prose = new HtmlProseBuilder();
        var blocks = parsed.Blocks;
        var previousWasTable = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case HtmlBlockKind.Table:
                    var runOnFrom = previousWasTable && grids.Count > 0 ? grids[^1].TitleLines : null;
                    var read = HtmlTableReader.Read(block.Element, parsed.Index, doc.Lines, HtmlTitleFinder.Above(blocks, i), HtmlTitleFinder.NoteBelow(blocks, i), runOnFrom)
                        .Where(TextPartReader.IsFinancialTable).ToList();
                    if (read.Count == 0)
                    {
                        foreach (var row in TableRowsAsText(block.Element, parsed.Index)) prose.Add(row, "tr");
                        previousWasTable = false;
                        continue;
                    }
                    grids.AddRange(read);
                    sourceBlocks.Add(TableBlock(doc, block.Element, parsed.Index));
                    previousWasTable = true;
                    continue;
                case HtmlBlockKind.Pre:
                    var (preGrids, preBlocks, preDoc) = PreTableReader.Read(block.Text, doc.Lines);
                    grids.AddRange(preGrids);
                    foreach (var b in preBlocks)
                    {
                        if (b.Kind == BlockKind.Table)
                        {
                            var span = block.Text.SourceOf(b.Span.Start, b.Span.Length);
                            sourceBlocks.Add(new Block(BlockKind.Table, span, doc.Lines.LineOf(span.Start), doc.Lines.LineOf(Math.Max(span.Start, span.End - 1))));
                        }
                        else prose.Add(Slice(block.Text, b.Span), "pre", b.Kind);
                    }
                    previousWasTable = false;
                    continue;
                default:
                    prose.Add(block.Text, block.Tag);
                    // An empty paragraph between two tables (a spacer) does not part them.
                    if (block.Text.Text.Trim().Length > 0) previousWasTable = false;
                    continue;
            }
        }
        grids = ContinuedTableJoiner.Join(grids);
        var (view, proseBlocks) = prose.Build(doc);
        sourceBlocks.AddRange(proseBlocks);
        sourceBlocks.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new DocumentPart(grids, view, sourceBlocks) { Diagnostics = parsed.Diagnostics };
    }

    /// <summary>The parsed page: the release's blocks and where their text sits in the source.</summary>
    public sealed record Parsed(IElement Root, RawTextIndex Index, List<HtmlBlock> Blocks, IReadOnlyList<Diagnostic> Diagnostics);

    public static Parsed Parse(SourceDocument doc, SourceSpan content)
    {
        var raw = content.Start == 0 && content.Length == doc.Text.Length ? doc.Text : doc.Text.Substring(content.Start, content.Length);
        // Bounded nesting before the parser and the tree walks that recurse per level (offsets kept).
        raw = NestingGuard.Flatten(raw, NestingGuard.MaxDepth, out Flattening flattening);
        var document = new HtmlParser(Options).ParseDocument(raw);
        var root = ContentLocator.Locate(document);
        var index = RawTextIndex.Build(raw, content.Start, root);
        return new Parsed(root, index, HtmlBlockReader.Read(root, index), Said(doc, content.Start, flattening));
    }

    /// <summary>Flattened nesting is said, with the line of the first tag flattened: a reader should know the tree was not kept as written.</summary>
    private static IReadOnlyList<Diagnostic> Said(SourceDocument doc, int contentStart, Flattening flattening) =>
        flattening.Count == 0 ? [] :
        [DiagnosticCodes.NestingFlattened(doc.Lines.PositionOf(contentStart + flattening.FirstOffset).Line, flattening.Count, NestingGuard.MaxDepth)];

    /// <summary>A table that holds no figures table (contacts, notes) is prose: one line per row.</summary>
    private static IEnumerable<MappedText> TableRowsAsText(IElement table, RawTextIndex index)
    {
        foreach (var tr in table.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == table))
        {
            var text = HtmlTextCollector.Collect(tr, index, keepLines: false);
            if (text.Length > 0) yield return text;
        }
    }

    private static Block TableBlock(SourceDocument doc, IElement table, RawTextIndex index)
    {
        var start = Math.Max(0, index.PositionOf(table));
        var close = doc.Text.IndexOf("</table", start, StringComparison.OrdinalIgnoreCase);
        var end = close < 0 ? doc.Text.Length : Math.Min(doc.Text.Length, doc.Text.IndexOf('>', close) + 1);
        if (end <= start) end = doc.Text.Length;
        return new Block(BlockKind.Table, SourceSpan.FromBounds(start, end), doc.Lines.LineOf(start), doc.Lines.LineOf(end - 1));
    }

    private static MappedText Slice(MappedText text, SourceSpan span) =>
        new(text.Text.Substring(span.Start, span.Length), text.Starts[span.Start..span.End], text.Ends[span.Start..span.End]);
}
