using Tickmark.Checks;

namespace Tickmark.Series;

/// <summary>
/// Checks a company's releases against each other: the same balance-sheet date printed by two
/// releases agrees, and every comparative column agrees with the value first reported for that
/// period (each later release is compared with the earliest one).
/// </summary>
public static class CrossReleaseChecker
{
    public const string BalanceDate = "same balance-sheet date";
    public const string Comparative = "comparative against first reported";

    public static IReadOnlyList<CrossReleaseCheck> Check(IEnumerable<(string LineItem, Observation Figure)> figures, FiscalCalendar calendar) =>
        Check(figures.Select(f => (f.LineItem, f.LineItem, f.Figure)), calendar);

    /// <summary>Figures are the same line item when their <c>Key</c>s are equal; checks name them by <c>LineItem</c>.</summary>
    public static IReadOnlyList<CrossReleaseCheck> Check(IEnumerable<(string Key, string LineItem, Observation Figure)> figures, FiscalCalendar calendar)
    {
        var checks = new List<CrossReleaseCheck>();
        foreach (var group in figures.GroupBy(f => f.Key))
        {
            var item = group.Select(f => (f.LineItem, f.Figure)).GroupBy(f => f.LineItem).First();
            var name = item.Key;
            var all = group.Select(f => f.Figure);
            foreach (var slot in FigurePlacer.Place(all, calendar).GroupBy(p => p.Slot))
            {
                var inOrder = slot.Select(p => p.Source).OrderBy(o => o.Release).ToList();
                var first = inOrder[0];
                foreach (var later in inOrder.Skip(1))
                {
                    var status = Derivation.Agreement(first.Value, Tolerance.HalfUnit(first.Decimals), later.Value, Tolerance.HalfUnit(later.Decimals));
                    checks.Add(new CrossReleaseCheck(slot.Key.IsInstant ? BalanceDate : Comparative, status, name, slot.Key, first, later));
                }
            }
        }
        return checks.OrderBy(c => c.LineItem, StringComparer.Ordinal).ThenBy(c => c.Slot).ThenBy(c => c.Later.Release).ToList();
    }
}
