using Tickmark.Checks;
using Tickmark.Periods;

namespace Tickmark.Series;

/// <summary>
/// A line item's history from every release that prints it: place each figure on the fiscal
/// calendar, let the latest release stand for each slot (earlier different values kept as
/// restatements), fill the slots nobody reports by derivation (flows only), and compare every
/// derivation with the value that stands.
/// </summary>
public static class SeriesBuilder
{
    public static LineSeries Build(IEnumerable<Observation> observations, FiscalCalendar calendar, SeriesKind kind)
    {
        var placed = FigurePlacer.Place(observations, calendar);
        if (placed.Count == 0) return LineSeries.Empty(kind, calendar);

        // A line item is balances or flows, in one unit: whichever most of its figures are.
        var balances = placed.Count(p => p.Slot.IsInstant) * 2 > placed.Count;
        var unit = placed.GroupBy(p => p.Source.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var kept = placed.Where(p => p.Slot.IsInstant == balances && p.Source.Unit == unit).ToList();
        var reported = kept.GroupBy(p => p.Slot).ToDictionary(g => g.Key, g => ReportedFigure.Of(g.Key, g.Select(p => p.Source)));
        var bounds = new QuarterBoundaries(calendar, placed);

        var points = new List<SeriesPoint>();
        foreach (var target in Targets(kind, reported.Keys, balances))
        {
            var derivations = DerivationFinder.Find(target, reported);
            var point = reported.TryGetValue(target, out var figure)
                ? Reported(figure, derivations, bounds)
                : Derived(target, derivations, bounds);
            if (point is not null) points.Add(point);
        }
        return new LineSeries(kind, calendar, unit, points);
    }

    /// <summary>The slots a series of this kind has, over every fiscal year the figures touch.</summary>
    private static IEnumerable<FiscalSlot> Targets(SeriesKind kind, IEnumerable<FiscalSlot> reported, bool balances)
    {
        if (balances) return reported.Where(s => kind != SeriesKind.Annual || s.Last == 4).Order();
        var years = reported.Select(s => s.Year).Distinct().Order();
        return kind switch
        {
            SeriesKind.Quarterly => years.SelectMany(y => Enumerable.Range(1, 4).Select(q => FiscalSlot.Quarter(y, q))),
            SeriesKind.YearToDate => years.SelectMany(y => Enumerable.Range(1, 4).Select(q => FiscalSlot.YearToDate(y, q))),
            _ => years.Select(y => FiscalSlot.YearToDate(y, 4)),
        };
    }

    private static SeriesPoint Reported(ReportedFigure figure, IReadOnlyList<Derivation> derivations, QuarterBoundaries bounds)
    {
        var standing = figure.Standing;
        var conflicts = new List<Conflict>(figure.Restatements);
        conflicts.AddRange(Disagreements(derivations, standing.Value, Tolerance.HalfUnit(standing.Decimals)));
        var period = figure.Slot.IsInstant ? new Instant(standing.Period.End) : bounds.PeriodOf(figure.Slot);
        return new SeriesPoint(figure.Slot, period, standing.Value, standing.Decimals, figure.Sources, null, conflicts);
    }

    private static SeriesPoint? Derived(FiscalSlot target, IReadOnlyList<Derivation> derivations, QuarterBoundaries bounds)
    {
        if (derivations.Count == 0) return null;
        var primary = derivations[0];
        var conflicts = Disagreements(derivations.Skip(1), primary.Value, primary.Slack);
        return new SeriesPoint(target, bounds.PeriodOf(target), primary.Value, primary.Decimals, primary.Terms.Select(t => t.Source).ToList(), primary, conflicts);
    }

    /// <summary>
    /// The derivations that do not give exactly the value: every one that differs beyond rounding,
    /// and the simplest that agrees only within rounding (the others say the same again).
    /// </summary>
    private static List<Conflict> Disagreements(IEnumerable<Derivation> derivations, decimal value, decimal slack)
    {
        var conflicts = new List<Conflict>();
        foreach (var d in derivations)
        {
            var status = Derivation.Agreement(d.Value, d.Slack, value, slack);
            if (status == CheckStatus.Pass) continue;
            if (status == CheckStatus.Rounding && conflicts.Any(c => c.Status == CheckStatus.Rounding)) continue;
            conflicts.Add(new Conflict(ConflictKind.Derived, status, d.Value, d.Terms.Select(t => t.Source).ToList(), d));
        }
        return conflicts;
    }
}
