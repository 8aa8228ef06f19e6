using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// Splits the release content into blocks in reading order. A block element with no block inside
/// is one text block; loose inline text between blocks is one too. A table holding other tables is
/// layout, read cell by cell; any other table is a table block; a &lt;pre&gt; is a pre block.
/// </summary>
public static class HtmlBlockReader
{
    public static List<HtmlBlock> Read(IElement root, RawTextIndex index)
    {
        var blocks = new List<HtmlBlock>();
        var containsBlock = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        ReadContainer(root, index, blocks, containsBlock);
        return blocks;
    }

    private static void ReadContainer(IElement container, RawTextIndex index, List<HtmlBlock> blocks, Dictionary<IElement, bool> containsBlock)
    {
        var inline = new List<INode>();
        void Flush()
        {
            if (inline.Count == 0) return;
            var text = HtmlTextCollector.CollectNodes(inline, index, keepLines: true);
            if (text.Length > 0) blocks.Add(new HtmlBlock(HtmlBlockKind.Text, container, text, ""));
            inline.Clear();
        }

        for (var c = container.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c is not IElement e)
            {
                if (c is IText) inline.Add(c);
                continue;
            }
            var name = e.LocalName;
            if (HtmlTextCollector.Skipped.Contains(name) || CssStyle.IsHidden(e)) continue;
            var isBlock = HtmlTextCollector.BlockElements.Contains(name) || name is "td" or "th";
            if (!isBlock && !ContainsBlock(e, containsBlock))
            {
                inline.Add(e);
                continue;
            }
            Flush();
            switch (name)
            {
                case "table" when !HasNestedTable(e):
                    blocks.Add(new HtmlBlock(HtmlBlockKind.Table, e, MappedText.Empty, name));
                    break;
                case "table":
                    foreach (var cell in e.QuerySelectorAll("td, th").Where(td => td.Closest("table") == e))
                        ReadContainer(cell, index, blocks, containsBlock);
                    break;
                case "pre":
                    blocks.Add(new HtmlBlock(HtmlBlockKind.Pre, e, PreTextCollector.Collect(e, index), name));
                    break;
                default:
                    if (ContainsBlock(e, containsBlock)) ReadContainer(e, index, blocks, containsBlock);
                    else
                    {
                        var text = HtmlTextCollector.Collect(e, index, keepLines: true);
                        if (text.Length > 0) blocks.Add(new HtmlBlock(HtmlBlockKind.Text, e, text, name));
                    }
                    break;
            }
        }
        Flush();
    }

    private static bool HasNestedTable(IElement table) => table.QuerySelector("table") is not null;

    /// <summary>Does the element hold a block element (a paragraph, a table, a list) somewhere inside?</summary>
    private static bool ContainsBlock(IElement e, Dictionary<IElement, bool> memo)
    {
        if (memo.TryGetValue(e, out var known)) return known;
        var result = false;
        for (var c = e.FirstElementChild; c is not null && !result; c = c.NextElementSibling)
        {
            if (HtmlTextCollector.Skipped.Contains(c.LocalName)) continue;
            result = (HtmlTextCollector.BlockElements.Contains(c.LocalName) && c.LocalName != "hr") || ContainsBlock(c, memo);
        }
        memo[e] = result;
        return result;
    }
}
