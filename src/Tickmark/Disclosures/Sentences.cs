using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Disclosures;

/// <summary>
/// Splits a block of prose into sentences, as spans of the same text. A period ends a sentence
/// when a capital letter or quote follows, except after the abbreviations releases print inside
/// sentences ("Inc.", "Mass.", "U.S.", "Jan.", "M.D."); "a.m."/"p.m." end one unless a time zone follows.
/// </summary>
public static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "mass", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "no", "st", "jr", "sr", "vs", "u.s", "m.d", "ph.d", "e.g", "i.e", "calif", "conn",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "n.v", "s.a", "l.p", "d.c", "fla", "ill", "wash", "tex",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<SourceSpan> Split(string text, SourceSpan block)
    {
        var spans = new List<SourceSpan>();
        var start = block.Start;
        var end = block.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            if (next < end && text[next] is '"' or '\u201d' or ')') next++;
            if (next >= end) break;
            if (!char.IsWhiteSpace(text[next])) continue;
            var after = next;
            while (after < end && char.IsWhiteSpace(text[after])) after++;
            if (after >= end) break;
            var opener = text[after];
            if (!(char.IsUpper(opener) || opener is '"' or '\u201c' or '(' || char.IsDigit(opener) && c != '.')) continue;
            if (c == '.' && !EndsSentence(text, start, i, after, end)) continue;
            spans.Add(SourceSpan.FromBounds(start, next));
            start = after;
            i = after - 1;
        }
        var last = end;
        while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > start) spans.Add(SourceSpan.FromBounds(start, last));
        return spans;
    }

    /// <summary>The text with every run of white space made one space.</summary>
    public static string Squeeze(string text) => Whitespace.Squeeze(text);

    private static bool EndsSentence(string text, int sentenceStart, int dot, int nextWord, int end)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] != '(') w--;
        var word = text.AsSpan(w, dot - w).TrimStart(['"', '\u201c', '(']);
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "James Spies M.D. and Keith H. Horton"
        if (AbbreviationLookup.Contains(word)) return false;
        if (word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))
            return !Zone().IsMatch(text.AsSpan(nextWord, Math.Min(30, end - nextWord)).ToString());
        return true;
    }

    [GeneratedRegex(@"^(Eastern|Pacific|Central|Mountain|E[SD]?T|P[SD]?T|C[SD]?T|M[SD]?T|GMT|UTC|BST|CET)\b")]
    private static partial Regex Zone();
}
