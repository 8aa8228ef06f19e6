using System.Text.RegularExpressions;
using Tickmark.Facts;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// Links the figures of one prose block to each other: a comparative to the figure it is compared
/// with, a stated change to the pair it measures, a ratio to the figure it is a share of.
/// </summary>
public static partial class FigureLinker
{
    /// <summary>A figure of the block as read: its fact, its sentence, and whether its words make it a comparative.</summary>
    /// <see cref="HasSubject"/>: the figure's own words name what it measures.
    /// <see cref="YearOverYear"/>: a change whose sentence measures it against a year before.
    /// <see cref="OwnPeriod"/>: a period phrase of its own sentence gave the figure its period.
    public sealed record Draft(int Fact, int Sentence, ProseFigure Figure, bool IsComparative, bool HasSubject, bool OwnPeriod, bool YearOverYear = false);

    public static void Link(List<Fact> facts, IReadOnlyList<Draft> drafts)
    {
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.IsComparative)
            {
                var of = Last(drafts, k, x => !x.IsComparative && !x.Figure.IsChange && x.Figure.RatioOf is null && Comparable(facts[x.Fact], facts[d.Fact]));
                if (of is null) continue;
                var fact = facts[d.Fact] with { Link = new FactLink(LinkKind.ComparativeOf, [of.Fact]) };
                // "rose to $0.13 million from $0.11 million" names one period: the comparative is the same period a year before.
                if (facts[of.Fact].Period is { } p && (!d.OwnPeriod || Equals(fact.Period, p)))
                    fact = fact with { Period = NarrativePeriodReader.Shift(p, 1, null) };
                facts[d.Fact] = fact;
            }
            else if (d.Figure.RatioOf is { } whole)
            {
                var part = Last(drafts, k, x => x.Sentence == d.Sentence && x.Figure.Unit == Unit.Usd);
                if (part is not null) facts[d.Fact] = facts[d.Fact] with { Link = new FactLink(LinkKind.RatioOf, [part.Fact], Of: whole) };
            }
        }
        // Sales of a region or a product line are part of the nearest sales or revenues figure before them
        // in the block that has the same period and no qualifier.
        for (var k = 0; k < drafts.Count; k++)
        {
            var f = facts[drafts[k].Fact];
            if (f.Unit != Unit.Usd || !IsSales(f) || (f.Dimensions.Count == 0 && WholeWords().IsMatch(f.Measure!)) || f.Measure!.StartsWith("part of", StringComparison.Ordinal)) continue;
            var whole = Last(drafts, k, x => facts[x.Fact] is var w && w.Unit == Unit.Usd && w.Dimensions.Count == 0 && IsSales(w)
                && w.PartOf is null && Equals(w.Period, f.Period) && w.Measure != f.Measure);
            if (whole is not null) facts[drafts[k].Fact] = f with { PartOf = whole.Fact };
        }
        // A stated change measures the figure just before it and that figure's comparative; a change that
        // opens its sentence ("increased 24% to $6.97 million from $5.64 million") measures the pair after it.
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (!d.Figure.IsChange) continue;
            // "sales outside the United States increased 226% to $0.24 million": a change with its own subject is about what follows.
            var before = d.HasSubject ? null : Last(drafts, k, x => x.Sentence == d.Sentence && x.Figure.Unit != Unit.Percent);
            var pair = before is null ? FirstPair(facts, drafts, k) : PairOf(facts, drafts, before, d);
            // "... and decreased 5% from $128.1 million", "up 8.4 percent from the $27.8 million": the comparative right after the change is the one it measures from.
            if (k + 1 < drafts.Count && drafts[k + 1] is { IsComparative: true } next && next.Sentence == d.Sentence
                && next.Figure.Span.Start - d.Figure.Span.End <= 24 && facts[next.Fact].Link is { Kind: LinkKind.ComparativeOf } nl)
                pair = (nl.Facts[0], next.Fact);
            if (pair is { } p)
                facts[d.Fact] = facts[d.Fact] with { Link = new FactLink(LinkKind.ChangeOf, [p.Current, p.Prior], d.Figure.Direction) };
        }
    }

    /// <summary>The pair a figure belongs to: itself and its comparative, or its current and itself.</summary>
    private static (int Current, int Prior)? PairOf(List<Fact> facts, IReadOnlyList<Draft> drafts, Draft figure, Draft change)
    {
        if (facts[figure.Fact].Link is { Kind: LinkKind.ComparativeOf } link)
            return change.YearOverYear ? WithComparative(facts, drafts, link.Facts[0], change) : (link.Facts[0], figure.Fact);
        return WithComparative(facts, drafts, figure.Fact, change);
    }

    /// <summary>The first figure after a change that opens its sentence, and its comparative.</summary>
    private static (int Current, int Prior)? FirstPair(List<Fact> facts, IReadOnlyList<Draft> drafts, int change)
    {
        var next = change + 1;
        while (next < drafts.Count && drafts[next].Figure.Unit == Unit.Percent) next++;
        if (next >= drafts.Count || drafts[next].Sentence != drafts[change].Sentence) return null;
        return WithComparative(facts, drafts, drafts[next].Fact, drafts[change]);
    }

    /// <summary>
    /// A figure and its comparative in the change's sentence; of several ("compared to $1.15 billion at
    /// September 30 and $1.01 billion at December 31, 2007"), a change "year over year" takes the one a year before.
    /// </summary>
    private static (int Current, int Prior)? WithComparative(List<Fact> facts, IReadOnlyList<Draft> drafts, int current, Draft change)
    {
        var at = change.Fact - drafts[0].Fact; // drafts are the block's facts in order
        var comparatives = drafts.Skip(Math.Max(0, at - Reach)).Take(2 * Reach).Where(x => x.Sentence == change.Sentence && facts[x.Fact].Link is { Kind: LinkKind.ComparativeOf } l && l.Facts[0] == current)
            .Select(x => x.Fact).ToList();
        if (comparatives.Count == 0) return null;
        var prior = comparatives[0];
        if (change.YearOverYear && facts[current].Period is { } p)
            prior = comparatives.FirstOrDefault(c => facts[c].Period is { } q && Math.Abs(p.End.DayNumber - q.End.DayNumber - 365) <= 10, prior);
        return (current, prior);
    }

    /// <summary>"total revenues", "worldwide revenues", "net sales": a whole, never a part.</summary>
    [GeneratedRegex(@"^((total|worldwide|global|consolidated|net|quarterly|record)\s+)*(revenues?|sales)$")]
    private static partial Regex WholeWords();

    private static bool IsSales(Fact f) => f.Measure is { } m && (m.Contains("sales", StringComparison.Ordinal) || m.Contains("revenue", StringComparison.Ordinal));

    private const int Reach = 40;

    private static Draft? Last(IReadOnlyList<Draft> drafts, int before, Func<Draft, bool> predicate)
    {
        // A figure links to one a few figures before it, never far back: keeps a long block linear.
        for (var k = before - 1; k >= Math.Max(0, before - Reach); k--)
            if (predicate(drafts[k])) return drafts[k];
        return null;
    }

    /// <summary>The same unit and qualifiers, and measures that name the same thing.</summary>
    private static bool Comparable(Fact current, Fact comparative) =>
        current.Unit == comparative.Unit
        && current.Dimensions.Count == comparative.Dimensions.Count && current.Dimensions.All(kv => comparative.Dimensions.TryGetValue(kv.Key, out var v) && v == kv.Value)
        && SameThing(current.Measure ?? "", comparative.Measure ?? "");

    private static bool SameThing(string a, string b) =>
        a.Length == 0 || b.Length == 0 || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
}
