using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// Where each text node of a parsed HTML tree sits in the source. The parser keeps the position of
/// each element's start tag but not of text; this walks the tree in document order with a cursor
/// over the source, anchored at every start tag, and matches each text node's characters against
/// the source (character references decoded, "\r\n" read as '\n', tags the parser dropped skipped).
/// A node moved by the parser (text foster-parented out of a table) is searched for ahead; one
/// that cannot be found has no entry, and its text is placed at its element.
/// </summary>
public sealed class RawTextIndex
{
    private static readonly HashSet<string> RawTextElements = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "template"];
    private const int SearchWindow = 20_000;

    private readonly string _raw;
    private readonly int _base;
    private readonly Dictionary<INode, int[]> _starts = new(ReferenceEqualityComparer.Instance);
    // Most text is written as it reads (no references, no "\r\n"): such a node keeps only where it starts.
    private readonly Dictionary<INode, int> _plain = new(ReferenceEqualityComparer.Instance);
    private int _cursor;

    private RawTextIndex(string raw, int baseOffset)
    {
        _raw = raw;
        _base = baseOffset;
    }

    /// <summary>Indexes the text under <paramref name="root"/>; <paramref name="raw"/> is the parsed source, which begins at <paramref name="baseOffset"/> of the document.</summary>
    public static RawTextIndex Build(string raw, int baseOffset, INode root)
    {
        var index = new RawTextIndex(raw, baseOffset);
        index.Walk(root);
        return index;
    }

    /// <summary>
    /// Where the characters of <paramref name="text"/> are: <paramref name="starts"/> holds each
    /// one's document offset, or is null when the text is written as it reads from
    /// <paramref name="plainStart"/> on. False when the text could not be placed.
    /// </summary>
    public bool TryLocate(IText text, out int plainStart, out int[]? starts)
    {
        starts = null;
        if (_plain.TryGetValue(text, out plainStart)) return true;
        return (starts = _starts.GetValueOrDefault(text)) is not null;
    }

    /// <summary>The document offset just past the source of the character whose source starts at <paramref name="start"/>.</summary>
    public int EndOf(int start)
    {
        var i = start - _base;
        if (i < 0 || i >= _raw.Length) return start;
        var c = _raw[i];
        if (c == '&' && HtmlEntities.Decode(_raw, i) is { } e) return start + e.Length;
        if (c == '\r' && i + 1 < _raw.Length && _raw[i + 1] == '\n') return start + 2;
        return start + 1;
    }

    /// <summary>The document offset of an element's start tag, or -1 for an element the parser implied.</summary>
    public int PositionOf(IElement element)
    {
        var p = element.SourceReference?.Position.Index ?? -1;
        return p < 0 ? -1 : p + _base;
    }

    private void Walk(INode node)
    {
        if (node is IElement e)
        {
            var p = e.SourceReference?.Position.Index ?? -1;
            if (p >= 0 && p < _raw.Length && _raw[p] == '<') _cursor = RawMarkup.End(_raw, p);
            if (RawTextElements.Contains(e.LocalName))
            {
                var past = RawMarkup.PastEndTag(_raw, _cursor, e.LocalName);
                if (past > 0) _cursor = past;
                return;
            }
        }
        else if (node is IText t)
        {
            Place(t);
            return;
        }
        for (var c = node.FirstChild; c is not null; c = c.NextSibling) Walk(c);
    }

    private void Place(IText t)
    {
        var data = t.Data;
        // White space between tags is never read; the next text skips it anyway.
        if (data.Length == 0 || string.IsNullOrWhiteSpace(data)) return;
        if (_cursor + data.Length <= _raw.Length && _raw.AsSpan(_cursor, data.Length).SequenceEqual(data) && data.IndexOf('&') < 0)
        {
            _plain[t] = _cursor + _base;
            _cursor += data.Length;
            return;
        }
        var starts = new int[data.Length];
        if (Match(data, _cursor, starts) is { } end)
        {
            _cursor = end;
            _starts[t] = starts;
            return;
        }
        // Moved by the parser: look ahead for where its text (leading white space aside) stands.
        var lead = 0;
        while (lead < data.Length && char.IsWhiteSpace(data[lead])) lead++;
        if (lead == data.Length) return;
        var rest = data[lead..];
        var word = rest.Split(' ', '\u00A0', '\n', '&', '<')[0];
        if (word.Length == 0) return;
        var from = _cursor;
        for (var tries = 0; tries < 8 && from < _raw.Length; tries++)
        {
            var at = _raw.IndexOf(word, from, Math.Min(SearchWindow, _raw.Length - from), StringComparison.Ordinal);
            if (at < 0) return;
            if (Match(rest, at, starts.AsSpan(lead)) is { } found)
            {
                for (var k = 0; k < lead; k++) starts[k] = at + _base;
                _starts[t] = starts;
                _cursor = found;
                return;
            }
            from = at + 1;
        }
    }

    /// <summary>Matches <paramref name="data"/> against the source from <paramref name="i"/>; fills document offsets and returns where the match ends.</summary>
    private int? Match(string data, int i, Span<int> starts)
    {
        var raw = _raw;
        var j = 0;
        while (j < data.Length)
        {
            if (i >= raw.Length) return null;
            var r = raw[i];
            if (r == '<' && RawMarkup.StartsMarkup(raw, i))
            {
                i = RawMarkup.End(raw, i);
                continue;
            }
            var d = data[j];
            if (r == '&' && HtmlEntities.Decode(raw, i) is { } entity && string.CompareOrdinal(data, j, entity.Value, 0, entity.Value.Length) == 0)
            {
                for (var k = 0; k < entity.Value.Length; k++) starts[j + k] = i + _base;
                j += entity.Value.Length;
                i += entity.Length;
                continue;
            }
            if (r == d || (r == '\0' && d == '\uFFFD'))
            {
                starts[j++] = i++ + _base;
                continue;
            }
            if (r == '\r' && d == '\n')
            {
                starts[j++] = i + _base;
                i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            // White space before the text that the parser dropped (the newline after <pre>).
            if (j == 0 && char.IsWhiteSpace(r))
            {
                i++;
                continue;
            }
            return null;
        }
        return i;
    }
}
