namespace Tickmark.Text;

/// <summary>
/// A prefilter for a regex whose matches start only at certain words (and, optionally, at digits or a symbol):
/// the positions where a match may start, so the regex, anchored with \G, is tried there and nowhere else.
/// A superset of the real starts: a word start is any letter or digit after no ASCII letter, digit or '_', and
/// any non-ASCII character counts (case folding and \d beyond ASCII are left to the regex).
/// </summary>
internal sealed class StartWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly int longest;
    private readonly bool everyDigit;
    private readonly char symbol;

    /// <param name="words">The words a match can start with (compared ignoring ASCII case).</param>
    /// <param name="everyDigit">Every digit may start a match, not only one at a word start.</param>
    /// <param name="symbol">A character that may start a match wherever it stands ('\0': none).</param>
    public StartWords(IEnumerable<string> words, bool everyDigit = false, char symbol = '\0')
    {
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        this.words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = set.Max(w => w.Length);
        this.everyDigit = everyDigit;
        this.symbol = symbol;
    }

    /// <summary>
    /// The matches of <paramref name="anchored"/> (the pattern behind a <c>\G</c>) tried only where a match may start:
    /// the same as the unanchored pattern's <c>Matches</c>, leftmost first, each search going on after the last match.
    /// </summary>
    public IEnumerable<System.Text.RegularExpressions.Match> Matches(System.Text.RegularExpressions.Regex anchored, string text)
    {
        var at = 0;
        while ((at = Next(text, at)) >= 0)
        {
            var m = anchored.Match(text, at);
            if (!m.Success) { at++; continue; }
            yield return m;
            at = m.Index + m.Length;
        }
    }

    /// <summary>The first position from <paramref name="from"/> where a match may start, or -1.</summary>
    public int Next(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 || (c == symbol && c != '\0') || (everyDigit && char.IsAsciiDigit(c))) return i;
            if (!char.IsAsciiLetterOrDigit(c)) continue;
            if (i > 0 && text[i - 1] is var b && (char.IsAsciiLetterOrDigit(b) || b == '_')) continue;
            if (char.IsAsciiDigit(c)) return i;
            var end = i;
            var ascii = true;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] >= 128))
            {
                if (text[end] >= 128) ascii = false;
                end++;
            }
            if (!ascii || end - i <= longest && words.Contains(text.AsSpan(i, end - i))) return i;
            i = end - 1;
        }
        return -1;
    }
}
