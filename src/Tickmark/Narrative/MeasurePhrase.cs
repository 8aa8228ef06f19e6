using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// What a prose figure measures, from the words of its clause: "total revenues for the fourth quarter of
/// 2006 were $" → "total revenues". Period words, verbs of reporting and change, and articles are cut from
/// both ends; at most the last eight words are kept.
/// </summary>
public static partial class MeasurePhrase
{
    /// <summary>The words before a figure, from <paramref name="from"/> (the figure before it, or the sentence start) and the last clause break.</summary>
    public static string Clause(string text, int from, int at)
    {
        // Matches enumerated over the span: neither the prefix nor a Match is allocated.
        var cut = 0;
        foreach (var m in ProseWords.ClauseBreak().EnumerateMatches(text.AsSpan(from, at - from))) cut = m.Index + m.Length;
        return ProseWords.Spaces().Replace(text[(from + cut)..at], " ").Trim();
    }

    /// <summary>The measure a clause names; empty when it names none ("an increase of").</summary>
    public static string Of(string clause)
    {
        var m = PeriodWords().Replace(clause, " ");
        m = ProseWords.Spaces().Replace(m, " ").Trim();
        string previous;
        do
        {
            previous = m;
            m = Trailing().Replace(m, "", 1).Trim(' ', ',', ';');
            m = Leading().Replace(m, "", 1).Trim(' ', ',', ';');
        } while (m != previous);
        var words = m.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) words = words[^8..];
        var measure = string.Join(' ', words).ToLowerInvariant().Trim(',', ' ');
        return ChangeOnly().IsMatch(measure) ? "" : measure;
    }

    [GeneratedRegex(@"^(increase|decrease|decline|growth|rise|gain|drop|improvement|up|down|jump|reduction)s?$")]
    private static partial Regex ChangeOnly();

    [GeneratedRegex(@"\b(for|in|during)\s+the\s+((three|six|nine|twelve)\s+months|(fiscal\s+)?year)\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(19|20)\d\d|\b(at|as\s+of)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(19|20)\d\d|\b(for|in|during|of)\s+the\s+(first|second|third|fourth|same|comparable|prior|corresponding|current)[\w\s-]*?(quarter|period|year)(\s+of)?(\s+(fiscal\s+)?(19|20)\d\d)?|\b(first|second|third|fourth)[\s-]+(fiscal\s+)?quarter(\s+of)?(\s+fiscal)?\s+(19|20)\d\d|\b(for|in)\s+(fiscal\s+)?(19|20)\d\d|\bfull[\s-]year\s+(19|20)\d\d|\b(for|in|during)\s+the\s+full[\s-]year\b|\byear[\s-]+to[\s-]+date\b,?|\byear[\s-]+over[\s-]+year\b|\b(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"(\s+|^)(\$|were|was|of|totaled|totalled|to|at|reached|increased|decreased|grew|rose|fell|declined|increasing|decreasing|growing|rising|falling|declining|jumped|a\s+record|record|approximately|about|nearly|by|or|an?|the|is|are|had|has|have)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)] // anchored at the end: read from the end
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(relative\s+to|million|billion|thousand|in|for|during|at|the|this|that|these|also|and|but|with|compared\s+to|compared\s+with|or|an?|today\s+reported\s+that|reported\s+that|said\s+that|this\s+compares\s+with|company\s+had|had)(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
