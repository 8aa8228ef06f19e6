using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Narrative;

/// <summary>
/// The release's own calendar for the periods its prose names: the fiscal quarter it reports and the
/// periods its tables print. A period read from prose ("the year-ago quarter", "fiscal 2024") is
/// moved onto the table's period it stands for when one lies within a week of it (a 52/53-week company
/// ends its quarters on the last Sunday, not the month's last day); a quarter the tables do not print
/// (an outlook's next quarter) is counted in 13-week steps from the reported one on such a calendar.
/// </summary>
public sealed class FiscalCalendar
{
    private readonly List<Period> _known;

    public FiscalCalendar(FiscalPeriod? fiscal, IEnumerable<Period> tablePeriods)
    {
        Fiscal = fiscal;
        _known = tablePeriods.Distinct().ToList();
        Weeks = fiscal is not null && fiscal.End.Day != DateTime.DaysInMonth(fiscal.End.Year, fiscal.End.Month);
    }

    /// <summary>The quarter the release reports; null when its statements do not say.</summary>
    public FiscalPeriod? Fiscal { get; }

    public int YearEndMonth => Fiscal?.YearEndMonth ?? 12;

    /// <summary>The company keeps a 52/53-week calendar: its quarter does not end on a month's last day.</summary>
    public bool Weeks { get; }

    /// <summary>The reported quarter, as its tables print it.</summary>
    public Duration? CurrentQuarter => Fiscal is null ? null : Quarter(Fiscal.Year, Fiscal.Quarter);

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of the fiscal year ending in <paramref name="year"/>.</summary>
    public Duration Quarter(int year, int quarter)
    {
        if (Weeks && Fiscal is { } f)
        {
            var steps = (year - f.Year) * 4 + quarter - f.Quarter;
            var end = f.End.AddDays(91 * steps);
            return Snap(new Duration(end.AddDays(-90), end));
        }
        return Snap(NarrativePeriodReader.FiscalQuarter(year, quarter, YearEndMonth));
    }

    /// <summary>The fiscal year ending in <paramref name="year"/>.</summary>
    public Duration Year(int year)
    {
        if (Weeks && Fiscal is { } f)
        {
            var end = f.End.AddDays(91 * ((year - f.Year) * 4 + 4 - f.Quarter));
            return Snap(new Duration(end.AddDays(-363), end));
        }
        return Snap(NarrativePeriodReader.FiscalYear(year, YearEndMonth));
    }

    /// <summary>The table's period within a week of <paramref name="period"/>, else the period itself.</summary>
    public T Snap<T>(T period) where T : Period
    {
        foreach (var k in _known)
            if (k is T t && k.IsNear(period)) return t;
        return period;
    }

    /// <summary>As <see cref="Snap{T}"/> for a period of either kind.</summary>
    public Period? SnapAny(Period? period) => period switch
    {
        Duration d => Snap(d),
        Instant i => Snap(i),
        _ => period,
    };
}
