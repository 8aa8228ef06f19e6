using System.Text.RegularExpressions;

namespace Tickmark.Concepts;

/// <summary>
/// The characters a match of a regex can start with, read from its pattern: a label is tried only against the rules
/// whose pattern can start with its first character (some 900 interpreted patterns per new label were the concept
/// stage's cost). Conservative: null (any character) for whatever this small reader does not know (classes it cannot
/// read, '.', \d, \w, \s, lookarounds, inline options, backreferences, case-insensitive patterns), and null when the
/// pattern can match the empty string.
/// </summary>
internal static class FirstChars
{
    public static HashSet<char>? Of(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.Multiline)) != 0) return null;
        try
        {
            var pattern = regex.ToString();
            var i = 0;
            var (set, empty) = Alternation(pattern, ref i);
            return i == pattern.Length && !empty ? set : null;
        }
        catch (Unknown) { return null; }
    }

    private sealed class Unknown : Exception;

    // A set of first characters and whether the part can match nothing; a null set is thrown as Unknown instead.
    private static (HashSet<char> Set, bool Empty) Alternation(string p, ref int i)
    {
        var set = new HashSet<char>();
        var empty = false;
        while (true)
        {
            var (s, e) = Sequence(p, ref i);
            set.UnionWith(s);
            empty |= e;
            if (i < p.Length && p[i] == '|') { i++; continue; }
            return (set, empty);
        }
    }

    private static (HashSet<char> Set, bool Empty) Sequence(string p, ref int i)
    {
        var set = new HashSet<char>();
        var empty = true; // so far every atom can match nothing: the next atom's first characters count
        while (i < p.Length && p[i] is not ('|' or ')'))
        {
            var (s, e) = Quantified(p, ref i);
            if (empty) set.UnionWith(s);
            empty &= e;
        }
        return (set, empty);
    }

    private static (HashSet<char> Set, bool Empty) Quantified(string p, ref int i)
    {
        var (set, empty) = Atom(p, ref i);
        if (i >= p.Length) return (set, empty);
        switch (p[i])
        {
            case '?' or '*': i++; empty = true; break;
            case '+': i++; break;
            case '{':
                var close = p.IndexOf('}', i);
                if (close < 0) throw new Unknown();
                var bounds = p[(i + 1)..close].Split(',');
                if (bounds.Length > 2 || !int.TryParse(bounds[0], out var least)) throw new Unknown();
                i = close + 1;
                if (least == 0) empty = true;
                break;
            default: return (set, empty);
        }
        if (i < p.Length && p[i] is '?' or '+') throw new Unknown(); // lazy or possessive: left to the regex
        return (set, empty);
    }

    private static (HashSet<char> Set, bool Empty) Atom(string p, ref int i)
    {
        var c = p[i];
        switch (c)
        {
            case '^' or '$': i++; return ([], true);
            case '(':
                if (i + 1 < p.Length && p[i + 1] == '?')
                {
                    if (i + 2 >= p.Length || p[i + 2] != ':') throw new Unknown();
                    i += 3;
                }
                else i++;
                var group = Alternation(p, ref i);
                if (i >= p.Length || p[i] != ')') throw new Unknown();
                i++;
                return group;
            case '[': return Class(p, ref i);
            case '\\':
                if (i + 1 >= p.Length) throw new Unknown();
                var e = p[i + 1];
                i += 2;
                if (e is 'b' or 'B') return ([], true);
                if (char.IsAsciiLetterOrDigit(e)) throw new Unknown(); // \d too: it is any Unicode digit
                return ([e], false);
            case '.' or '*' or '+' or '?' or '{' or ')' or '|': throw new Unknown();
            default: i++; return ([c], false);
        }
    }

    /// <summary>A class of literal characters and ranges ("[a-z]", "[ ,-]"); negated or other classes are unknown.</summary>
    private static (HashSet<char> Set, bool Empty) Class(string p, ref int i)
    {
        var set = new HashSet<char>();
        var j = i + 1;
        if (j >= p.Length || p[j] is '^' or ']') throw new Unknown();
        while (j < p.Length && p[j] != ']')
        {
            char from;
            if (p[j] == '\\')
            {
                if (j + 1 >= p.Length) throw new Unknown();
                var e = p[j + 1];
                j += 2;
                if (char.IsAsciiLetterOrDigit(e)) throw new Unknown();
                from = e;
            }
            else if (p[j] == '[') throw new Unknown(); // subtraction or a nested class
            else from = p[j++];
            if (j + 1 < p.Length && p[j] == '-' && p[j + 1] != ']')
            {
                var to = p[j + 1];
                if (to == '\\' || to == '[' || to < from) throw new Unknown();
                for (var k = from; k <= to; k++) set.Add(k);
                j += 2;
            }
            else set.Add(from);
        }
        if (j >= p.Length) throw new Unknown();
        i = j + 1;
        return (set, false);
    }
}
