using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Disclosures;
using Tickmark.Text;

namespace Tickmark.Cautionary;

/// <summary>
/// Finds the forward-looking-statements section and reads it into items. The section opens at
/// the first prose block that speaks of forward-looking statements together with the Reform Act,
/// a safe harbor, or risks and uncertainties (or at a heading that names them), and runs on
/// through its bullets and paragraphs to the next table or heading. Bullets are risk factors; a
/// list run into a paragraph after "include:" is split at its semicolons, or at "(1)", "(2)"; the
/// other sentences are statements.
/// </summary>
public static partial class CautionaryReader
{
    public static CautionarySection? Read(string text, IReadOnlyList<Block> blocks)
    {
        var start = -1;
        for (var i = 0; i < blocks.Count && start < 0; i++)
        {
            var t = text.Substring(blocks[i].Span.Start, blocks[i].Span.Length);
            if (blocks[i].Kind == BlockKind.Heading && Heading().IsMatch(t) && i + 1 < blocks.Count) start = i + 1;
            else if (blocks[i].Kind is BlockKind.Paragraph && ForwardLooking().IsMatch(t) && Caution().IsMatch(t)) start = i;
        }
        if (start < 0) return null;
        var items = new List<CautionaryItem>();
        var end = start;
        for (var k = start; k < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind is BlockKind.Table or BlockKind.Heading or BlockKind.Headline) break;
            if (k > start && b.Kind == BlockKind.Paragraph && About().IsMatch(text.Substring(b.Span.Start, Math.Min(40, b.Span.Length)))) break;
            end = k;
            if (b.Kind == BlockKind.Bullet) items.Add(Item(text, CautionaryItemKind.RiskFactor, b.Span));
            else items.AddRange(FromParagraph(text, b.Span));
        }
        return new CautionarySection(SourceSpan.FromBounds(blocks[start].Span.Start, blocks[end].Span.End), items);
    }

    private static IEnumerable<CautionaryItem> FromParagraph(string text, SourceSpan paragraph)
    {
        foreach (var s in Sentences.Split(text, paragraph))
        {
            var sentence = text.Substring(s.Start, s.Length);
            var list = ListOpening().Match(sentence);
            var parts = list.Success ? Parts(sentence, list.Index + list.Length) : [];
            if (parts.Count < 2) { yield return Item(text, CautionaryItemKind.Statement, s); continue; }
            yield return Item(text, CautionaryItemKind.Statement, new SourceSpan(s.Start, list.Index + list.Length));
            foreach (var (from, to) in parts) yield return Item(text, CautionaryItemKind.RiskFactor, SourceSpan.FromBounds(s.Start + from, s.Start + to));
        }
    }

    /// <summary>The entries of a list that starts at <paramref name="from"/>: split at "(1)", "(2)"... when numbered, else at semicolons.</summary>
    private static List<(int From, int To)> Parts(string sentence, int from)
    {
        var cuts = Numbered().Matches(sentence, from).Select(m => m.Index).ToList();
        if (cuts.Count < 2) cuts = [from, .. Semicolon().Matches(sentence, from).Select(m => m.Index + m.Length)];
        var parts = new List<(int, int)>();
        for (var i = 0; i < cuts.Count; i++)
        {
            var a = cuts[i];
            var b = i + 1 < cuts.Count ? cuts[i + 1] : sentence.Length;
            while (a < b && char.IsWhiteSpace(sentence[a])) a++;
            var e = b;
            while (e > a && char.IsWhiteSpace(sentence[e - 1])) e--;
            if (e > a) parts.Add((a, e));
        }
        return parts;
    }

    private static CautionaryItem Item(string text, CautionaryItemKind kind, SourceSpan span) =>
        new(kind, Sentences.Squeeze(BulletMark().Replace(text.Substring(span.Start, span.Length), "")), span);

    [GeneratedRegex(@"forward[\s-]+looking\s+statements?", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardLooking();

    [GeneratedRegex(@"Private\s+Securities\s+Litigation\s+Reform\s+Act|safe\s+harbor|risks\s+and\s+uncertainties|cautionary", RegexOptions.IgnoreCase)]
    private static partial Regex Caution();

    [GeneratedRegex(@"^\s*(cautionary|forward[\s-]+looking|safe\s+harbor)", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*About\s+[A-Z]")]
    private static partial Regex About();

    [GeneratedRegex(@"\b(include|including|are|is)(,?\s+(but\s+are\s+)?(not\s+limited\s+to|without\s+limitation),?)?(\s+(risks|those)\s+(relating|related)\s+to)?\s*:|\binclude,?\s+(but\s+are\s+not\s+limited\s+to|without\s+limitation),?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListOpening();

    [GeneratedRegex(@"\(\d{1,2}\)\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@";(\s+and)?\s+")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"^\s*(--|\*|\u2022|o\s|-)\s*")]
    private static partial Regex BulletMark();
}
