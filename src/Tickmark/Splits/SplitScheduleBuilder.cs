using System.Globalization;
using Tickmark.Checks;
using Tickmark.Series;
using Tickmark.Units;

namespace Tickmark.Splits;

/// <summary>
/// Places a company's stock splits between its releases. Restated comparatives place a split
/// exactly: a later release printing an earlier period's share count or per-share figure at a clean
/// ratio of what an earlier release printed (within both figures' rounding) shows the split lies
/// between them. Such a ratio counts when a release states a split of that ratio, or when two line
/// items show it. A stated split no comparatives place takes effect at the first release that says
/// its figures reflect it, else after the last one that announces it.
/// </summary>
public static class SplitScheduleBuilder
{
    /// <summary>Ratios splits are made at, beside the ones releases state.</summary>
    private static readonly decimal[] CommonFactors = [2m, 3m, 4m, 5m, 7m, 8m, 10m, 15m, 20m, 1.5m, 1.25m, 0.5m, 0.2m, 0.1m, 0.05m];

    private sealed record Evidence(decimal Factor, ReleaseRef Before, ReleaseRef After, string LineItem, Observation First, Observation Later);

    public static SplitSchedule Build(IReadOnlyList<StatedSplit> stated, IEnumerable<(string LineItem, Observation Figure)> figures, FiscalCalendar calendar)
    {
        var statedFactors = stated.Select(s => s.Split.Factor).Distinct().ToList();
        var evidence = Restated(figures, calendar, statedFactors.Concat(CommonFactors).Distinct().ToList());
        var events = new List<SplitEvent>();
        foreach (var group in evidence.GroupBy(e => e.Factor))
        {
            var statedOnes = stated.Where(s => s.Split.Factor == group.Key).ToList();
            if (statedOnes.Count == 0 && group.Select(e => e.LineItem).Distinct().Count() < 2) continue;
            var before = group.Max(e => e.Before)!;
            var after = group.Min(e => e.After)!;
            if (before.CompareTo(after) >= 0) continue;
            var example = group.OrderBy(e => e.After).First();
            var source = $"{example.LineItem}: {Show(example.First)} in {example.First.Where}, {Show(example.Later)} in {example.Later.Where}";
            if (statedOnes.Count > 0)
                events.Add(new SplitEvent(group.Key, statedOnes[0].Split.Ratio, SplitEvidence.Stated, before, after, StatedSource(statedOnes[0]) + "; " + source));
            else
                events.Add(new SplitEvent(group.Key, RatioOf(group.Key), SplitEvidence.Restated, before, after, source));
        }
        foreach (var byFactor in stated.GroupBy(s => s.Split.Factor).Where(g => events.All(e => e.Factor != g.Key)))
        {
            var ordered = byFactor.OrderBy(s => s.Release).ToList();
            var first = ordered.FirstOrDefault(s => s.Split.AlreadyAdjusted == true);
            ReleaseRef? firstAfter = first?.Release;
            if (firstAfter is null)
            {
                // Only announced: the split takes effect after the last release announcing it; with no later release it changes nothing yet.
                continue;
            }
            var lastBefore = ordered.Where(s => s.Release.CompareTo(firstAfter) < 0).Select(s => s.Release).LastOrDefault();
            events.Add(new SplitEvent(byFactor.Key, ordered[0].Split.Ratio, SplitEvidence.Stated, lastBefore, firstAfter, StatedSource(first!)));
        }
        return new SplitSchedule(events.OrderBy(e => e.FirstAfter).ToList());
    }

    private static List<Evidence> Restated(IEnumerable<(string LineItem, Observation Figure)> figures, FiscalCalendar calendar, List<decimal> factors)
    {
        var found = new List<Evidence>();
        var wanted = figures.Where(f => f.Figure.Unit is Unit.Shares or Unit.UsdPerShare && f.Figure.Value != 0);
        foreach (var item in wanted.GroupBy(f => f.LineItem))
        {
            foreach (var slot in FigurePlacer.Place(item.Select(f => f.Figure), calendar).GroupBy(p => p.Slot))
            {
                var inOrder = slot.Select(p => p.Source).OrderBy(o => o.Release).ToList();
                for (var i = 1; i < inOrder.Count; i++)
                {
                    var (a, b) = (inOrder[i - 1], inOrder[i]);
                    if (a.Release.Id == b.Release.Id || Math.Sign(a.Value) != Math.Sign(b.Value)) continue;
                    if (Derivation.Agreement(a.Value, Tolerance.HalfUnit(a.Decimals), b.Value, Tolerance.HalfUnit(b.Decimals)) != CheckStatus.Fail) continue;
                    if (FactorBetween(a, b, factors) is { } f) found.Add(new Evidence(f, a.Release, b.Release, item.Key, a, b));
                }
            }
        }
        return found;
    }

    /// <summary>The clean factor (shares after per share before) that turns the earlier figure into the later one within both roundings, if any.</summary>
    private static decimal? FactorBetween(Observation earlier, Observation later, List<decimal> factors)
    {
        var (e, eh) = (Math.Abs(earlier.Value), Tolerance.HalfUnit(earlier.Decimals));
        var (l, lh) = (Math.Abs(later.Value), Tolerance.HalfUnit(later.Decimals));
        foreach (var f in factors)
        {
            // Shares grow by the factor; per-share figures shrink by it.
            var (lo, hi) = earlier.Unit == Unit.Shares ? ((e - eh) * f, (e + eh) * f) : ((e - eh) / f, (e + eh) / f);
            if (lo <= l + lh && hi >= l - lh) return f;
        }
        return null;
    }

    private static string StatedSource(StatedSplit s) => $"{s.Release} {s.Line}:{s.Column} '{s.Split.Text}'";

    private static string Show(Observation o) => o.Value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string RatioOf(decimal factor)
    {
        for (var d = 1; d <= 20; d++)
            if (factor * d == Math.Round(factor * d)) return $"{factor * d:0}-for-{d}";
        return factor.ToString(CultureInfo.InvariantCulture);
    }
}
