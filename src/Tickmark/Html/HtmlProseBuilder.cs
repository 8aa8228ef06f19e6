using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// Lays the release's prose blocks out as plain text, one block after another with a blank line
/// between, and names each block's kind: the dateline, headlines above it, bullets (list items),
/// short headings, paragraphs. The view keeps, for each character, where it came from in the source.
/// </summary>
public sealed partial class HtmlProseBuilder
{
    private readonly List<(MappedText Text, string Tag, BlockKind? Kind)> _items = [];

    /// <summary>Adds a block of prose; <paramref name="tag"/> is its element ("p", "li", "h1"); <paramref name="kind"/> fixes its kind when already known.</summary>
    public void Add(MappedText text, string tag, BlockKind? kind = null)
    {
        if (text.Text.Trim().Length > 0) _items.Add((text, tag, kind));
    }

    public (ProseView View, List<Block> SourceBlocks) Build(SourceDocument source)
    {
        var b = new MappedTextBuilder(4096);
        var placed = new List<(int Start, int End, BlockKind Kind)>();
        var seenDateline = false;
        var headlineZone = true;
        foreach (var (text, tag, fixedKind) in _items)
        {
            if (b.Length > 0) b.AppendSynthetic("\n\n", b.LastEnd);
            var start = b.Length;
            b.Append(text);
            var flat = Spaces().Replace(text.Text, " ").Trim();
            BlockKind kind;
            if (fixedKind is { } k) kind = k;
            else if (!seenDateline && (BlockSplitter.IsDateline(flat) || CityDateDateline.IsMatch(flat))) kind = BlockKind.Dateline;
            // A list item, or a block that opens with a bullet glyph (a one-row table of '•' and its text, as EDGAR exhibits lay bullets out).
            else if (tag == "li" || BulletGlyph().IsMatch(flat)) kind = BlockKind.Bullet;
            else if (!seenDateline && headlineZone && tag != "tr" && flat.Length < 300 && !IsSentence(flat) && !BlockSplitter.IsBoilerplate(flat)) kind = BlockKind.Headline;
            else if (IsTitle(text.Text)) kind = BlockKind.Heading;
            else kind = BlockKind.Paragraph;
            if (kind == BlockKind.Dateline) seenDateline = true;
            if (kind == BlockKind.Paragraph) headlineZone = false;
            // "Exhibit 99.1", "NEWS RELEASE", contacts: the release itself starts below (after an 8-K's cover page).
            if (!seenDateline && BlockSplitter.IsBoilerplate(flat)) headlineZone = true;
            placed.Add((start, b.Length, kind));
        }
        var mapped = b.Build();
        var view = SourceDocument.FromText(mapped.Text, source.Path);
        var viewBlocks = new List<Block>(placed.Count);
        var sourceBlocks = new List<Block>(placed.Count);
        foreach (var (start, end, kind) in placed)
        {
            viewBlocks.Add(new Block(kind, SourceSpan.FromBounds(start, end), view.Lines.LineOf(start), view.Lines.LineOf(Math.Max(start, end - 1))));
            var span = mapped.SourceOf(start, end - start);
            sourceBlocks.Add(new Block(kind, span, source.Lines.LineOf(span.Start), source.Lines.LineOf(Math.Max(span.Start, span.End - 1))));
        }
        return (new ProseView(view, viewBlocks, s => mapped.SourceOf(s.Start, s.Length)), sourceBlocks);
    }

    /// <summary>A sentence of prose: it ends with a full stop and runs on.</summary>
    private static bool IsSentence(string flat) => flat.Length > 80 && (flat.EndsWith('.') || flat.EndsWith(".\u201D") || flat.EndsWith(".\""));

    /// <summary>Short lines none of which ends a sentence: a heading or a table's title ("NVIDIA CORPORATION" / "(In millions)").</summary>
    private static bool IsTitle(string text) =>
        text.Split('\n').All(l => l.Trim().Length < 80 && !l.TrimEnd().EndsWith('.'));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\u2022\u25CF\u25AA\u25A0\u25E6\u00B7]")]
    private static partial Regex BulletGlyph();
}
