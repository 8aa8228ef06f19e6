using Tickmark.Narrative;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Guidance;

/// <summary>
/// The calendar an outlook's future periods are placed on: the release's fiscal calendar, counted
/// in 13-week quarters from the reported one when the company keeps a 52/53-week year. That is
/// told from the reported quarter's end or from any period the tables print that does not end on
/// a month's last day (a quarter that happens to end on the 31st does not make a calendar of months).
/// </summary>
public sealed class GuidanceCalendar
{
    private readonly FiscalCalendar _calendar;
    private readonly bool _weeks;

    public GuidanceCalendar(FiscalPeriod? fiscal, IEnumerable<Period> tablePeriods)
    {
        _calendar = new FiscalCalendar(fiscal, []);
        _weeks = _calendar.Weeks || fiscal is not null && tablePeriods.OfType<Duration>().Any(d => d.End.Day != DateTime.DaysInMonth(d.End.Year, d.End.Month));
    }

    public FiscalPeriod? Fiscal => _calendar.Fiscal;

    public int YearEndMonth => _calendar.YearEndMonth;

    /// <summary>Quarter <paramref name="quarter"/> (1-4, or 0 for the whole year) of the fiscal year ending in <paramref name="year"/>; both dates inclusive.</summary>
    public Duration Period(int year, int quarter)
    {
        if (!_weeks || Fiscal is not { } f) return quarter == 0 ? _calendar.Year(year) : _calendar.Quarter(year, quarter);
        var last = quarter == 0 ? 4 : quarter;
        var end = f.End.AddDays(91 * ((year - f.Year) * 4 + last - f.Quarter));
        return new Duration(end.AddDays(quarter == 0 ? -363 : -90), end);
    }
}
