namespace Tickmark.Text;

/// <summary>
/// A prefilter for a regex whose matches start only at certain words (and, optionally, at digits or a symbol):
/// the positions where a match may start, so the regex, anchored with \G, is tried there and nowhere else.
/// A superset of the real starts: a word start is any letter or digit after no ASCII letter, digit or '_', and
/// any non-ASCII character counts (case folding and \d beyond ASCII are left to the regex).
/// </summary>
internal sealed class StartWords
{
    private readonly Dictionary<string, HashSet<string>?>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly int longest;
    private readonly bool everyDigit;
    private readonly char symbol;
    private readonly string notAfter;
    private readonly Func<string, int, int, bool>? number;

    /// <param name="words">The words a match can start with (compared ignoring ASCII case).</param>
    /// <param name="everyDigit">Every digit may start a match, not only one at a word start.</param>
    /// <param name="symbol">A character that may start a match wherever it stands ('\0': none).</param>
    /// <param name="notAfter">With <paramref name="everyDigit"/>: a digit right after one of these characters starts no match.</param>
    /// <param name="before">
    /// Words of <paramref name="words"/> that start a match only when white space and then one of the given words
    /// follow them ("the" only before "full", "prior", ...): the commonest words need not wake the regex.
    /// </param>
    /// <param name="number">
    /// Without <paramref name="everyDigit"/>: whether the ASCII word from the first index to the second (it starts with a
    /// digit) may start a match; null: every one may.
    /// </param>
    public StartWords(IEnumerable<string> words, bool everyDigit = false, char symbol = '\0', string notAfter = "",
        IReadOnlyDictionary<string, string[]>? before = null, Func<string, int, int, bool>? number = null)
    {
        var map = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words) map[w] = null;
        foreach (var (w, next) in before ?? new Dictionary<string, string[]>())
            map[w] = map.ContainsKey(w) ? new HashSet<string>(next, StringComparer.OrdinalIgnoreCase) : throw new ArgumentException($"'{w}' is no start word");
        this.words = map.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = map.Keys.Max(w => w.Length);
        this.everyDigit = everyDigit;
        this.symbol = symbol;
        this.notAfter = notAfter;
        this.number = number;
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
            if (c >= 128 || (c == symbol && c != '\0')) return i;
            if (everyDigit && char.IsAsciiDigit(c))
            {
                if (i == 0 || !notAfter.Contains(text[i - 1])) return i;
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c)) continue;
            if (i > 0 && text[i - 1] is var b && (char.IsAsciiLetterOrDigit(b) || b == '_')) continue;
            if (char.IsAsciiDigit(c) && number is null) return i;
            var end = i;
            var ascii = true;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] >= 128))
            {
                if (text[end] >= 128) ascii = false;
                end++;
            }
            if (!ascii) return i;
            if (char.IsAsciiDigit(c))
            {
                if (number!(text, i, end)) return i;
            }
            else if (end - i <= longest && words.TryGetValue(text.AsSpan(i, end - i), out var next) && (next is null || Before(text, end, next))) return i;
            // With every digit a start, the digits inside the word are still tried ("x12%").
            var skip = everyDigit ? text.AsSpan(i, end - i).IndexOfAnyInRange('0', '9') : -1;
            i = skip > 0 ? i + skip - 1 : end - 1;
        }
        return -1;
    }

    /// <summary>Whether white space and then one of <paramref name="next"/> stand at <paramref name="end"/>; true at a non-ASCII word (left to the regex).</summary>
    private static bool Before(string text, int end, HashSet<string> next)
    {
        var j = end;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++; // the regex's \s is exactly char.IsWhiteSpace
        if (j == end) return false;
        var k = j;
        for (; k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] >= 128); k++)
            if (text[k] >= 128) return true;
        return k > j && next.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(j, k - j));
    }
}
