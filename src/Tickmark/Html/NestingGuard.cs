namespace Tickmark.Html;

/// <summary>
/// Bounds how deep the elements of an HTML source nest before the parser builds its tree: the
/// parser and every walk over the tree recurse once per level, and a stack overflow cannot be
/// caught. The source is scanned once (linear), the open elements kept on a stack the way a
/// browser roughly would (void elements never open, an end tag closes up to its open element,
/// a cell, row or paragraph closes the one before it); a start tag that would open deeper than
/// <see cref="MaxDepth"/> (a table's parts: <see cref="TableAllowance"/> more), and the end tag that closes it, are blanked with spaces. Offsets are
/// kept (a blanked tag is as long as the tag), and so is every character of text: the deep
/// elements are flattened into their ancestor at the limit.
/// </summary>
public static class NestingGuard
{
    /// <summary>The deepest element kept as an element; releases nest a few dozen levels at most.</summary>
    public const int MaxDepth = 200;

    /// <summary>Levels a table's own elements may go past the limit, so that a table inside deep wrappers stays a table.</summary>
    public const int TableAllowance = 50;

    private static readonly HashSet<string> TableParts = new(StringComparer.OrdinalIgnoreCase) { "table", "tbody", "thead", "tfoot", "tr", "td", "th" };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "xmp", "textarea", "title", "plaintext", "noembed", "noframes", "iframe" };

    /// <summary>Start tags that close an open element of the names given (as far as the nearest table), as optional end tags do.</summary>
    private static readonly Dictionary<string, string[]> Closes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["td"] = ["td", "th"], ["th"] = ["td", "th"], ["tr"] = ["tr", "td", "th"],
        ["tbody"] = ["tbody", "thead", "tfoot", "tr", "td", "th"], ["thead"] = ["tbody", "thead", "tfoot", "tr", "td", "th"], ["tfoot"] = ["tbody", "thead", "tfoot", "tr", "td", "th"],
        ["li"] = ["li"], ["dt"] = ["dt", "dd"], ["dd"] = ["dt", "dd"], ["option"] = ["option"], ["p"] = ["p"],
        ["div"] = ["p"], ["table"] = ["p"], ["ul"] = ["p"], ["ol"] = ["p"], ["pre"] = ["p"], ["h1"] = ["p"], ["h2"] = ["p"], ["h3"] = ["p"], ["h4"] = ["p"], ["h5"] = ["p"], ["h6"] = ["p"],
    };

    /// <summary>The source with elements deeper than <paramref name="maxDepth"/> flattened; the same string when none is.</summary>
    public static string Flatten(string raw, int maxDepth = MaxDepth) => Flatten(raw, maxDepth, out _);

    /// <summary>As <see cref="Flatten(string, int)"/>, saying how many start tags were blanked and where the first was.</summary>
    public static string Flatten(string raw, int maxDepth, out Flattening flattening)
    {
        var flattened = 0;
        var firstAt = -1;
        char[]? output = null;
        var open = new List<string>();
        var blanked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = raw.IndexOf('<');
        while (i >= 0 && i < raw.Length)
        {
            if (!RawMarkup.StartsMarkup(raw, i) || raw[i + 1] is '!' or '?')
            {
                var skip = RawMarkup.StartsMarkup(raw, i) ? RawMarkup.End(raw, i) : i + 1;
                i = raw.IndexOf('<', skip);
                continue;
            }
            var end = RawMarkup.End(raw, i);
            var closing = raw[i + 1] == '/';
            var name = TagName(raw, closing ? i + 2 : i + 1);
            var blank = false;
            if (name.Length == 0) { }
            else if (closing)
            {
                if (blanked.TryGetValue(name, out var n) && n > 0) { blanked[name] = n - 1; blank = true; }
                else CloseUpTo(open, name);
            }
            else if (!Void.Contains(name) && raw[end - 2] != '/')
            {
                if (Closes.TryGetValue(name, out var names)) CloseAny(open, names);
                if (open.Count >= maxDepth + (TableParts.Contains(name) ? TableAllowance : 0))
                {
                    blanked[name] = blanked.GetValueOrDefault(name) + 1;
                    blank = true;
                    if (flattened++ == 0) firstAt = i;
                }
                else open.Add(name);
                if (RawText.Contains(name) && !blank)
                {
                    // Its content is text, not tags: go on past its end tag.
                    open.RemoveAt(open.Count - 1);
                    var past = RawMarkup.PastEndTag(raw, end, name);
                    end = past < 0 ? raw.Length : past;
                }
            }
            if (blank)
            {
                output ??= raw.ToCharArray();
                for (var k = i; k < end; k++)
                    if (output[k] is not ('\n' or '\r')) output[k] = ' ';
            }
            i = end < raw.Length ? raw.IndexOf('<', end) : -1;
        }
        flattening = new Flattening(flattened, firstAt);
        return output is null ? raw : new string(output);
    }

    private static string TagName(string raw, int from)
    {
        var k = from;
        while (k < raw.Length && (char.IsAsciiLetterOrDigit(raw[k]) || raw[k] is ':' or '-' or '_')) k++;
        return k - from > 32 ? raw.Substring(from, 32) : raw[from..k];
    }

    /// <summary>An end tag closes its open element and every one opened after it; one with no open element is ignored.</summary>
    private static void CloseUpTo(List<string> open, string name)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (!open[k].Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            open.RemoveRange(k, open.Count - k);
            return;
        }
    }

    /// <summary>
    /// An optional end tag implied: closes the outermost open element of <paramref name="names"/>
    /// (and all inside it) above the nearest table or list, looking a few levels up.
    /// </summary>
    private static void CloseAny(List<string> open, string[] names)
    {
        var from = -1;
        for (var k = open.Count - 1; k >= 0 && open.Count - k <= 8; k--)
        {
            var n = open[k];
            if (n.Equals("table", StringComparison.OrdinalIgnoreCase) || n.Equals("ul", StringComparison.OrdinalIgnoreCase)
                || n.Equals("ol", StringComparison.OrdinalIgnoreCase) || n.Equals("dl", StringComparison.OrdinalIgnoreCase)) break;
            foreach (var name in names)
                if (n.Equals(name, StringComparison.OrdinalIgnoreCase)) from = k;
        }
        if (from >= 0) open.RemoveRange(from, open.Count - from);
    }
}

/// <summary>What <see cref="NestingGuard"/> did to a source: start tags blanked, and the offset of the first (-1 for none).</summary>
public readonly record struct Flattening(int Count, int FirstOffset);
