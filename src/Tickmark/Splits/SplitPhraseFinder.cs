using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Splits;

/// <summary>
/// Finds the stock splits a release's words state: "two-for-one stock split", "3-for-2", "a 2:1
/// stock split", "ten-for-one forward stock split", "one-for-ten reverse split", "5-for-4 stock
/// split in the form of a 25% stock dividend". Its sentence says whether the figures already
/// reflect it ("adjusted for", "retroactively", "give effect") or it is still to come ("will be",
/// "to be paid", "payable"). One split per ratio: the first statement of it stands.
/// </summary>
public static partial class SplitPhraseFinder
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    /// <summary>The splits stated in the prose of a release's parts, spans in the source document.</summary>
    public static IReadOnlyList<StockSplit> FindIn(IEnumerable<Extraction.DocumentPart> parts) => parts
        .SelectMany(p => Find(p.Prose.View.Text).Select(s => s with { Span = p.Prose.ToSource(s.Span) }))
        .DistinctBy(s => (s.Numerator, s.Denominator)).ToList();

    public static IReadOnlyList<StockSplit> Find(string text)
    {
        var found = new List<StockSplit>();
        // Both forms of the phrase end in "split": a text without the word needs no scan.
        if (!text.Contains("split", StringComparison.OrdinalIgnoreCase)) return found;
        foreach (Match m in Phrase().Matches(text))
        {
            if (!TryNumber(m.Groups["n"].Value, out var n) || !TryNumber(m.Groups["d"].Value, out var d) || n == d || n == 0 || d == 0) continue;
            var adjusted = Adjusted(Sentence(text, m.Index, m.Length));
            var same = found.FindIndex(s => s.Numerator == n && s.Denominator == d);
            // The first statement of a ratio stands; a later one may still say whether the figures reflect it.
            if (same >= 0) { if (found[same].AlreadyAdjusted is null) found[same] = found[same] with { AlreadyAdjusted = adjusted }; continue; }
            found.Add(new StockSplit(n, d, Squeeze(m.Value), new SourceSpan(m.Index, m.Length), adjusted));
        }
        return found;
    }

    private static bool? Adjusted(string sentence)
    {
        if (AdjustedWords().IsMatch(sentence)) return true;
        if (ComingWords().IsMatch(sentence)) return false;
        return null;
    }

    private static string Sentence(string text, int start, int length)
    {
        var from = start;
        while (from > 0 && start - from < 400 && !(text[from - 1] == '.' && from < text.Length && char.IsWhiteSpace(text[from]))) from--;
        var to = start + length;
        while (to < text.Length && to - start < 400 && !(text[to] == '.' && (to + 1 >= text.Length || char.IsWhiteSpace(text[to + 1])))) to++;
        return text[from..to];
    }

    private static bool TryNumber(string s, out int n) => int.TryParse(s, out n) || Words.TryGetValue(s, out n);

    private static string Squeeze(string s) => Whitespace.Squeeze(s);

    private const string Number = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred";

    [GeneratedRegex(@"\b(?<n>" + Number + @")(?:\s*-\s*|\s+)for(?:\s*-\s*|\s+)(?<d>" + Number + @")\b(?:[\s\w()%,-]{0,60}?)\bsplit"
        + @"|\b(?<n>\d{1,3})\s*:\s*(?<d>\d{1,3})\s+(?:forward\s+|reverse\s+)?(?:common\s+)?(?:stock\s+|share\s+)split", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(adjusted|restated|retroactive(ly)?|reflects?|reflecting|giv(e|en|ing) effect|split-adjusted|after the split|effected|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdjustedWords();

    [GeneratedRegex(@"\b(will|to be (paid|distributed|effected)|payable|declared|announced|approved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingWords();
}
