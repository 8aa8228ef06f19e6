using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// The sentences of a prose block: a period followed by space and a capital (or the end), except after
/// an abbreviation ("Inc.", "Sept.", "U.S.").
/// </summary>
public static partial class ProseSentences
{
    public static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            if (IsAbbreviation(text, m.Index)) continue;
            sentences.Add((start, m.Index + 1));
            start = m.Index + m.Length;
        }
        if (start < text.Length) sentences.Add((start, text.Length));
        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var i = dot;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
        return Abbreviations.Contains(text[i..dot].ToLowerInvariant());
    }

    private static readonly HashSet<string> Abbreviations =
    [
        "inc", "corp", "co", "ltd", "mass", "calif", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "no", "mr", "mrs", "ms", "dr", "st", "vs", "approx", "a.m", "p.m", "e.g", "i.e", "n.a", "wash", "n.j", "n.y", "fla", "conn",
    ];

    [GeneratedRegex(@"\.(\s+|$)(?=[A-Z""(\u201C]|$)")]
    private static partial Regex SentenceEnd();
}
