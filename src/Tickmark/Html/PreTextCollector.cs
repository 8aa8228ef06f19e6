using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// The text of a &lt;pre&gt; block exactly as laid out: lines kept, tabs expanded to 8-column stops,
/// no-break spaces and form feeds made spaces, so that a text table inside keeps its columns.
/// </summary>
public static class PreTextCollector
{
    public static MappedText Collect(IElement pre, RawTextIndex index)
    {
        var b = new MappedTextBuilder(1024);
        var column = 0;
        void Visit(INode node)
        {
            for (var c = node.FirstChild; c is not null; c = c.NextSibling)
            {
                if (c is IElement e)
                {
                    if (HtmlTextCollector.Skipped.Contains(e.LocalName)) continue;
                    if (e.LocalName == "br") { b.AppendSynthetic("\n", Math.Max(0, index.PositionOf(e))); column = 0; continue; }
                    Visit(e);
                    continue;
                }
                if (c is not IText t) continue;
                var located = index.TryLocate(t, out var plain, out var starts);
                var fallback = Math.Max(0, index.PositionOf(pre));
                for (var i = 0; i < t.Data.Length; i++)
                {
                    var ch = t.Data[i];
                    var at = starts is not null ? starts[i] : located ? plain + i : fallback;
                    var end = !located ? at : starts is null ? at + 1 : index.EndOf(at);
                    switch (ch)
                    {
                        case '\n': b.Append('\n', at, end); column = 0; break;
                        case '\r': break;
                        case '\t':
                            var pad = 8 - column % 8;
                            for (var k = 0; k < pad; k++) b.Append(' ', at, end);
                            column += pad;
                            break;
                        case '\u00A0' or '\f' or '\v': b.Append(' ', at, end); column++; break;
                        default: b.Append(ch, at, end); column++; break;
                    }
                }
            }
        }
        Visit(pre);
        return b.Build();
    }
}
