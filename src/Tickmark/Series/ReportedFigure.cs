using Tickmark.Checks;

namespace Tickmark.Series;

/// <summary>
/// What the releases print for one slot: the value of the latest release stands; earlier releases
/// that print the same value are further sources; those that print another value are restatements,
/// kept as conflicts (agreeing within rounding when only the printed precision differs).
/// </summary>
public sealed record ReportedFigure(FiscalSlot Slot, Observation Standing, IReadOnlyList<Observation> Sources, IReadOnlyList<Conflict> Restatements)
{
    public static ReportedFigure Of(FiscalSlot slot, IEnumerable<Observation> figures)
    {
        var latestFirst = figures.OrderByDescending(o => o.Release).ToList();
        var standing = latestFirst[0];
        var sources = new List<Observation> { standing };
        var byValue = new Dictionary<decimal, List<Observation>>();
        foreach (var o in latestFirst.Skip(1))
        {
            if (o.Value == standing.Value) { sources.Add(o); continue; }
            if (!byValue.TryGetValue(o.Value, out var list)) byValue[o.Value] = list = [];
            list.Add(o);
        }
        var restatements = byValue.Values.Select(list =>
        {
            var o = list[0];
            var status = Derivation.Agreement(standing.Value, Tolerance.HalfUnit(standing.Decimals), o.Value, Tolerance.HalfUnit(o.Decimals));
            return new Conflict(ConflictKind.Restated, status, o.Value, list);
        }).ToList();
        return new ReportedFigure(slot, standing, sources, restatements);
    }
}
