using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Narrative;

/// <summary>
/// The period of each figure of one sentence, in order: the nearest period phrase of the sentence, where
/// crossing "compared to"/"over"/"from" (which separate a figure from its comparative) makes a phrase the
/// comparative's. A figure without a phrase of its own takes the sentence's period, else (in a sentence that
/// looks ahead) the next quarter, else the period the sentences before named, else the release's quarter.
/// A stated change takes the period of the sentence's first figure.
/// </summary>
public sealed partial class FigurePeriods
{
    private readonly string text;
    private readonly string scoring;
    private readonly IReadOnlyList<AnchoredPeriod> phrases;
    private readonly IReadOnlyList<ProseFigure> figures;
    private readonly AnchoredPeriod? sentencePeriod;
    private readonly Period? fallback;
    private int near; // the first phrase that can still be near the next figure
    private Period? first;

    /// <param name="text">The block's text.</param>
    /// <param name="scoring">The block's text with comparison targets masked (<see cref="BlockPeriods.Scoring"/>).</param>
    /// <param name="phrases">The period phrases of the sentence, in order.</param>
    /// <param name="figures">The sentence's figures, in order.</param>
    /// <param name="fallback">The period for a figure no phrase of the sentence dates.</param>
    public FigurePeriods(string text, string scoring, IReadOnlyList<AnchoredPeriod> phrases, IReadOnlyList<ProseFigure> figures, Period? fallback)
    {
        (this.text, this.scoring, this.phrases, this.figures, this.fallback) = (text, scoring, phrases, figures, fallback);
        sentencePeriod = phrases.FirstOrDefault(p => p.Own && !IsAdjective(p));
    }

    /// <summary>
    /// "net quarterly profit of $3.38 billion ... in the year-ago quarter": the adjective says the figure is a
    /// quarter's, not which quarter; any phrase of the sentence that names one dates the figure first.
    /// </summary>
    private const int Adjective = 300;

    /// <summary>A phrase this close to a figure (in characters, as scored) is the figure's own: "to $0.46 for the quarter".</summary>
    private const int AtTheFigure = 30;

    private bool IsAdjective(AnchoredPeriod p) => text.AsSpan(p.Index, p.End - p.Index).Equals("quarterly", StringComparison.OrdinalIgnoreCase);

    /// <summary>The period of figure <paramref name="index"/> (figures are asked in order), and whether a phrase of its own gave it.</summary>
    public (Period? Period, bool Own) For(int index)
    {
        var f = figures[index];
        if (f.IsChange && first is not null) return (first, false);
        var (at, end) = (f.Span.Start, f.Span.End);
        while (near < phrases.Count && phrases[near].End < at - ProseWords.Window) near++;
        (Period? Period, int Score) best = default;
        var found = false;
        for (var k = near; k < phrases.Count && phrases[k].Index <= end + ProseWords.Window; k++)
        {
            var r = phrases[k];
            var score = Score(r.Index, r.End, at, end) + (OwnedByEarlierFigure(index, r.Index) ? 50 : 0) + (IsAdjective(r) ? Adjective : 0);
            if (!found || score < best.Score) (best, found) = ((r.Period, score), true);
        }
        // "growing 24% to $0.46": the level a stated change reaches is the sentence's own figure, not a comparative a
        // phrase before the change dated; only a phrase right at the figure ("to $0.46 for the quarter") dates it.
        if (first is not null && index > 0 && figures[index - 1].IsChange && best.Score > AtTheFigure
            && ChangeReaches().IsMatch(text.AsSpan(figures[index - 1].Span.End, at - figures[index - 1].Span.End)))
            return (first, false);
        var own = best.Period is not null && best.Score < 10_000;
        var period = own ? best.Period
            : (sentencePeriod is { } sp && sp.Index < at ? sp.Period : null) ?? fallback ?? best.Period;
        if (!own && YearAfterItsComparative(index, period) is { } year) period = year;
        if (!f.IsChange) first ??= period;
        return (period, own);
    }

    /// <summary>
    /// "Non-interest expense increased 15% to $25.8 million, from $22.4 million in fiscal 2005" in the release of
    /// fiscal 2006's fourth quarter: a figure no phrase dates, set against a comparative dated as a whole year that
    /// ends a year before the current period does, is the year that follows it, not the quarter.
    /// </summary>
    private Duration? YearAfterItsComparative(int index, Period? current)
    {
        if (current is not Duration { Months: < 12 } quarter || index + 1 >= figures.Count) return null;
        var (f, next) = (figures[index], figures[index + 1]);
        if (next.IsChange || !Comparison().IsMatch(scoring.AsSpan(f.Span.End, next.Span.Start - f.Span.End))) return null;
        // The comparative's own phrase: after it, and crossing no comparison word.
        Period? theirs = null;
        var closest = int.MaxValue;
        for (var k = near; k < phrases.Count && phrases[k].Index <= next.Span.End + ProseWords.Window; k++)
        {
            var r = phrases[k];
            if (r.Index < next.Span.End) continue;
            var score = Score(r.Index, r.End, next.Span.Start, next.Span.End);
            if (score < closest) (theirs, closest) = (r.Period, score);
        }
        if (closest > AtTheFigure || theirs is not Duration { Months: 12 } comparative) return null;
        // The year after the comparative's must close with the current period (a fourth quarter's release).
        return Math.Abs(comparative.End.AddYears(1).DayNumber - quarter.End.DayNumber) <= 7
            ? new Duration(comparative.End.AddDays(1), quarter.End) : null;
    }

    /// <summary>
    /// How far a period phrase is from a figure; crossing "compared to", "versus" or "from"
    /// (which separate a figure from its comparative) costs more than any distance.
    /// </summary>
    private int Score(int phraseStart, int phraseEnd, int figureStart, int figureEnd)
    {
        var (from, to) = phraseEnd <= figureStart ? (phraseEnd, figureStart) : (figureEnd, phraseStart);
        if (to < from) return 0;
        var between = scoring.AsSpan(from, to - from);
        var distance = to - from;
        if (Comparison().IsMatch(between)) distance += 10_000;
        if (phraseEnd <= figureStart) distance += 5; // a phrase after the figure reads first: "was $4.45 million ... for the fourth quarter"
        // "... in the prior quarter ended September 30, 2008, and net income of $4.7 million ... for the third quarter ended ...":
        // a phrase before the figure across a new clause belongs to the figures of that clause.
        if (phraseEnd <= figureStart && NewClause().IsMatch(between)) distance += 100;
        return distance;
    }

    /// <summary>
    /// "$2.0 million in the fourth quarter of fiscal 2008, $900,000 in the immediate prior quarter": a
    /// phrase that follows closely on an earlier figure is that figure's, not the next one's.
    /// </summary>
    private bool OwnedByEarlierFigure(int figure, int phraseStart)
    {
        if (phraseStart >= figures[figure].Span.Start) return false;
        // Only the figures just before the phrase can own it: walk back from this figure while they are near.
        for (var k = figure - 1; k >= 0 && figures[k].Span.Start > phraseStart - 200; k--)
        {
            var g = figures[k];
            if (g.Span.End <= phraseStart && phraseStart - g.Span.End <= 25 && text.AsSpan(g.Span.End, phraseStart - g.Span.End).IndexOfAny([',', '.', ';']) < 0) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\bcompared\b|\bcompares\b|\bversus\b|\bvs\.|\bfrom\b(?=[^.]{0,40}\$|\s+\d+(?:\.\d+)?\s?(?:%|percent\b))|\bover\b|\bagainst\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    /// <summary>What stands between a stated change and the level it reaches: "% to $", " percent, to ", " million to $".</summary>
    [GeneratedRegex(@"^\s*(%|percent|million|billion|thousand)?,?\s+to\s+\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeReaches();

    [GeneratedRegex(@"\band\b|;")]
    private static partial Regex NewClause();
}
