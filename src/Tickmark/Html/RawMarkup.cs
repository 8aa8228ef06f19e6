namespace Tickmark.Html;

/// <summary>Small scans over raw HTML source: where a tag, comment or declaration that starts at an offset ends.</summary>
public static class RawMarkup
{
    /// <summary>True when the '&lt;' at <paramref name="i"/> opens markup (a tag, end tag, comment or declaration), not a literal '&lt;'.</summary>
    public static bool StartsMarkup(string raw, int i) =>
        raw[i] == '<' && i + 1 < raw.Length && (char.IsAsciiLetter(raw[i + 1]) || raw[i + 1] is '/' or '!' or '?');

    /// <summary>The offset just past the markup that starts at <paramref name="i"/> (quotes in attributes respected).</summary>
    public static int End(string raw, int i)
    {
        if (string.CompareOrdinal(raw, i, "<!--", 0, 4) == 0)
        {
            var close = raw.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return close < 0 ? raw.Length : close + 3;
        }
        if (raw[i + 1] is '!' or '?' or '/')
        {
            var gt = raw.IndexOf('>', i + 1);
            return gt < 0 ? raw.Length : gt + 1;
        }
        var k = i + 1;
        char quote = '\0';
        while (k < raw.Length)
        {
            var c = raw[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'' && LastNonSpaceIsEquals(raw, k)) quote = c;
            else if (c == '>') return k + 1;
            k++;
        }
        return raw.Length;
    }

    private static bool LastNonSpaceIsEquals(string raw, int k)
    {
        var j = k - 1;
        while (j > 0 && char.IsWhiteSpace(raw[j])) j--;
        return raw[j] == '=';
    }

    /// <summary>The offset just past the end tag "&lt;/name ...&gt;" found at or after <paramref name="from"/>, or -1.</summary>
    public static int PastEndTag(string raw, int from, string name)
    {
        var at = from;
        while (true)
        {
            var i = raw.IndexOf("</", at, StringComparison.Ordinal);
            if (i < 0) return -1;
            if (string.Compare(raw, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + 2 + name.Length >= raw.Length || !char.IsAsciiLetterOrDigit(raw[i + 2 + name.Length])))
                return End(raw, i);
            at = i + 2;
        }
    }
}
