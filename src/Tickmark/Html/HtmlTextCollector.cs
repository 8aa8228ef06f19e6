using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// The text of an element as a reader sees it: white space runs collapsed to one space (no-break
/// spaces too), &lt;br&gt; and block boundaries as line breaks when lines are kept (else spaces),
/// scripts, styles and hidden elements left out. Each character keeps its place in the source.
/// </summary>
public static class HtmlTextCollector
{
    public static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tr", "ul", "caption", "tbody", "thead", "tfoot", "dir", "menu",
    ];

    public static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "head", "title", "select", "button", "svg", "iframe", "object", "map"];

    /// <summary>The collapsed text of <paramref name="root"/>; <paramref name="leadingSpaces"/> counts the white space before its first word (indent by spaces).</summary>
    public static MappedText Collect(IElement root, RawTextIndex index, bool keepLines, out int leadingSpaces)
    {
        var state = new State(index, keepLines);
        state.Walk(root);
        leadingSpaces = state.LeadingSpaces;
        return state.Finish();
    }

    public static MappedText Collect(IElement root, RawTextIndex index, bool keepLines = false) => Collect(root, index, keepLines, out _);

    /// <summary>The collapsed text of a run of sibling nodes (inline content between blocks).</summary>
    public static MappedText CollectNodes(IEnumerable<INode> nodes, RawTextIndex index, bool keepLines)
    {
        var state = new State(index, keepLines);
        foreach (var n in nodes) state.Visit(n, n.Parent);
        return state.Finish();
    }

    // One builder per thread, reused: a table has thousands of cells, most of them empty.
    [ThreadStatic] private static MappedTextBuilder? _shared;

    private sealed class State(RawTextIndex index, bool keepLines)
    {
        private readonly MappedTextBuilder _b = Take();

        private static MappedTextBuilder Take()
        {
            var b = _shared ??= new MappedTextBuilder(256);
            b.Clear();
            return b;
        }
        private bool _pendingSpace;
        private bool _pendingBreak;
        private int _pendingAt;
        private bool _started;
        public int LeadingSpaces { get; private set; }

        public void Walk(INode node)
        {
            for (var c = node.FirstChild; c is not null; c = c.NextSibling) Visit(c, node);
        }

        public void Visit(INode c, INode? node)
        {
                switch (c)
                {
                    case IText t:
                        AddText(t, node as IElement);
                        break;
                    case IElement e:
                        var name = e.LocalName;
                        if (Skipped.Contains(name) || CssStyle.IsHidden(e)) break;
                        if (name == "br") { Break(index.PositionOf(e)); break; }
                        var block = BlockElements.Contains(name);
                        if (block) Break(index.PositionOf(e));
                        else if (name is "td" or "th") Space(index.PositionOf(e));
                        else if (name == "sup" && _b.Length > 0 && char.IsAsciiDigit(_b[_b.Length - 1])) Space(index.PositionOf(e));
                        Walk(e);
                        if (block) Break(index.PositionOf(e));
                        else if (name is "td" or "th") Space(index.PositionOf(e));
                        break;
                }
        }

        private void AddText(IText t, IElement? parent)
        {
            var data = t.Data;
            var located = index.TryLocate(t, out var plain, out var starts);
            var fallback = parent is null ? 0 : Math.Max(0, index.PositionOf(parent));
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                var at = starts is not null ? starts[i] : located ? plain + i : fallback;
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    if (!_started) LeadingSpaces++;
                    else Space(at);
                    continue;
                }
                if (_started && (_pendingBreak || _pendingSpace))
                    _b.AppendSynthetic(_pendingBreak && keepLines ? "\n" : " ", _pendingAt);
                _pendingBreak = _pendingSpace = false;
                _started = true;
                _b.Append(c, at, !located ? at : starts is null ? at + 1 : index.EndOf(at));
            }
        }

        private void Space(int at)
        {
            if (!_started || _pendingSpace || _pendingBreak) return;
            if (at < 0) at = _b.LastEnd;
            _pendingSpace = true;
            _pendingAt = at;
        }

        private void Break(int at)
        {
            if (!_started || _pendingBreak) return;
            if (!_pendingSpace) _pendingAt = at < 0 ? _b.LastEnd : at;
            _pendingBreak = true;
        }

        public MappedText Finish() => _b.Build();
    }
}
