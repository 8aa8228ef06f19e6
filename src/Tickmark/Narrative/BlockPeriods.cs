using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Narrative;

/// <summary>
/// The period phrases of one prose block, placed on the release's calendar. Relative phrases take the
/// absolute period before them ("... in 2006, compared to ... the same period last year"). A phrase that
/// is only the object of a comparison ("an increase of 18% compared to the second quarter of 2006") names
/// no figure's period and is masked out of <see cref="Scoring"/>, the text distances are measured in.
/// <see cref="Last"/>: the last period the block named for its own figures (the context of the blocks after it).
/// </summary>
public sealed partial record BlockPeriods(IReadOnlyList<AnchoredPeriod> Phrases, string Scoring, Period? Last)
{
    public static BlockPeriods Resolve(string text, IReadOnlyList<(int Start, int End)> sentences, FiscalCalendar calendar, Period? current)
    {
        var resolved = new List<AnchoredPeriod>();
        var masked = text.ToCharArray();
        var basis = current;
        var sentenceOf = 0;
        foreach (var p in NarrativePeriodReader.Find(text, calendar))
        {
            var period = p.Period ?? (basis is null ? null
                : p.QuarterBack ? NarrativePeriodReader.PreviousQuarter(basis) : NarrativePeriodReader.Shift(basis, p.YearsBack, p.ToYear));
            if (period is null) continue;
            var target = ComparisonTarget().Match(text[Math.Max(0, p.Index - 40)..p.Index]);
            if (target.Success)
            {
                Array.Fill(masked, ' ', p.Index - target.Length, target.Length + p.Length);
                continue;
            }
            // A phrase after a comparison in its sentence names a comparative's period: relative phrases after
            // it still count from the sentence's own period.
            while (sentenceOf + 1 < sentences.Count && sentences[sentenceOf + 1].Start <= p.Index) sentenceOf++;
            var start = Math.Max(sentences.Count == 0 ? 0 : sentences[sentenceOf].Start, p.Index - ProseWords.Window);
            var comparison = ComparisonBefore().IsMatch(text[start..p.Index]);
            if (!p.IsRelative && !comparison) basis = period;
            resolved.Add(new AnchoredPeriod(p.Index, p.Index + p.Length, period, p.IsRelative, comparison));
        }
        return new BlockPeriods(resolved, new string(masked), basis);
    }

    /// <summary>"compared to the ", "from the " right before a period phrase: the phrase is what a change is measured against.</summary>
    [GeneratedRegex(@"\b(compared\s+(to|with)|versus|vs\.|over|from|relative\s+to)\s+(the\s+|a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonTarget();

    [GeneratedRegex(@"\bcompared\b|\bcompares\b|\bversus\b|\bvs\.|\bfrom\s+\$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonBefore();
}
