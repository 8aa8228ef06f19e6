using Tickmark.Periods;

namespace Tickmark.Series;

/// <summary>
/// The dates each fiscal quarter starts and ends, as the releases print them: a quarter ends on the
/// date most figures ending in it end on, and starts the day after the quarter before it ends. So
/// consecutive points tile the calendar even when a table labels a 14-week quarter as 13 weeks.
/// Where no figure tells, the calendar month end stands in.
/// </summary>
public sealed class QuarterBoundaries
{
    private readonly FiscalCalendar _calendar;
    private readonly Dictionary<(int Year, int Quarter), DateOnly> _ends;
    private readonly Dictionary<(int Year, int Quarter), DateOnly> _starts;

    public QuarterBoundaries(FiscalCalendar calendar, IEnumerable<PlacedFigure> figures)
    {
        _calendar = calendar;
        var list = figures.ToList();
        _ends = list.GroupBy(f => (f.Slot.Year, f.Slot.Last))
            .ToDictionary(g => g.Key, g => MostCommon(g.Select(f => f.Source.Period.End)));
        _starts = list.Where(f => f.Source.Period is Duration).GroupBy(f => (f.Slot.Year, f.Slot.First))
            .ToDictionary(g => g.Key, g => MostCommon(g.Select(f => ((Duration)f.Source.Period).Start)));
    }

    /// <summary>The dates of a slot: an instant at its quarter's end, or a duration from the first quarter's start to the last's end.</summary>
    public Period PeriodOf(FiscalSlot slot) =>
        slot.IsInstant ? new Instant(End(slot.Year, slot.Last)) : new Duration(Start(slot.Year, slot.First), End(slot.Year, slot.Last));

    public DateOnly End(int year, int quarter)
    {
        if (_ends.TryGetValue((year, quarter), out var end)) return end;
        var next = quarter == 4 ? (year + 1, 1) : (year, quarter + 1);
        if (_starts.TryGetValue(next, out var nextStart)) return nextStart.AddDays(-1);
        return _calendar.CalendarQuarterEnd(year, quarter);
    }

    public DateOnly Start(int year, int quarter)
    {
        var previous = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        if (_ends.TryGetValue(previous, out var previousEnd)) return previousEnd.AddDays(1);
        if (_starts.TryGetValue((year, quarter), out var start)) return start;
        return End(previous.Item1, previous.Item2).AddDays(1);
    }

    private static DateOnly MostCommon(IEnumerable<DateOnly> dates) =>
        dates.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
