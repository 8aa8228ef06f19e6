namespace Tickmark.Series;

/// <summary>
/// Puts observations on the fiscal calendar and keeps one per release and slot (the best by
/// <see cref="Observation.Rank"/>, then the first printed). Left out: periods that do not line up
/// with the quarters, and periods ending after the period the release reports (a release does not
/// report the future; such a date is a misprint or a forecast).
/// </summary>
public static class FigurePlacer
{
    private const int SlackDays = 10;

    public static IReadOnlyList<PlacedFigure> Place(IEnumerable<Observation> observations, FiscalCalendar calendar)
    {
        var best = new Dictionary<(long Release, FiscalSlot Slot), Observation>();
        foreach (var o in observations)
        {
            if (o.Release.PeriodEnd is { } reported && o.Period.End.DayNumber > reported.DayNumber + SlackDays) continue;
            if (calendar.SlotOf(o.Period) is not { } slot) continue;
            var key = (o.Release.Id, slot);
            if (!best.TryGetValue(key, out var kept) || (o.Rank, o.FactIndex).CompareTo((kept.Rank, kept.FactIndex)) < 0)
                best[key] = o;
        }
        return best.Select(kv => new PlacedFigure(kv.Key.Slot, kv.Value)).ToList();
    }
}
