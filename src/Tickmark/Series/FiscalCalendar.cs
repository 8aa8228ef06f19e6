using Tickmark.Periods;

namespace Tickmark.Series;

/// <summary>
/// A company's fiscal year, given by the month it ends in. A period's quarter is found from its end
/// date by the nearest month end, so a 52/53-week quarter ending on a Saturday a few days before or
/// after a month's end falls in the same quarter as a calendar one; its length in quarters is its
/// length in days over 91.3, within a week and a half (a 14-week quarter is one quarter).
/// </summary>
public sealed record FiscalCalendar
{
    private const double DaysPerQuarter = 365.25 / 4;
    private const int SlackDays = 10;

    public FiscalCalendar(int yearEndMonth)
    {
        if (yearEndMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(yearEndMonth), "A fiscal year ends in a month from 1 to 12.");
        YearEndMonth = yearEndMonth;
    }

    /// <summary>The month (1-12) the fiscal year ends in.</summary>
    public int YearEndMonth { get; }

    /// <summary>The slot of a period, or null when it does not line up with the quarters (a month, a trailing year, a mid-month date).</summary>
    public FiscalSlot? SlotOf(Period period)
    {
        var end = QuarterEndOf(period.End);
        if (end is null) return null;
        var (year, quarter) = end.Value;
        if (period is Instant) return FiscalSlot.Balance(year, quarter);
        var days = ((Duration)period).Days;
        var quarters = (int)Math.Round(days / DaysPerQuarter);
        if (quarters < 1 || Math.Abs(days - quarters * DaysPerQuarter) > SlackDays) return null;
        var first = quarter - quarters + 1;
        return first < 1 ? null : new FiscalSlot(year, first, quarter);
    }

    /// <summary>The fiscal year and quarter a date ends, or null when the date is not near the end of a quarter.</summary>
    public (int Year, int Quarter)? QuarterEndOf(DateOnly date)
    {
        var near = NearestMonthEnd(date);
        if (near is null) return null;
        var (year, month) = near.Value;
        var monthsIn = (month - YearEndMonth + 12) % 12;
        if (monthsIn % 3 != 0) return null;
        var quarter = monthsIn == 0 ? 4 : monthsIn / 3;
        return (month <= YearEndMonth ? year : year + 1, quarter);
    }

    /// <summary>The last calendar day of fiscal quarter <paramref name="quarter"/> of <paramref name="year"/> (for 52/53-week years, the month end it is near).</summary>
    public DateOnly CalendarQuarterEnd(int year, int quarter)
    {
        var month = (YearEndMonth + 3 * quarter - 1) % 12 + 1;
        var calendarYear = month > YearEndMonth ? year - 1 : year;
        return new DateOnly(calendarYear, month, DateTime.DaysInMonth(calendarYear, month));
    }

    /// <summary>
    /// The calendar most of a company's periods agree on: full years end in the year-end month
    /// (two votes), six- and nine-month periods start the month after it (one vote). When no period
    /// tells, the months the releases name, else December.
    /// </summary>
    public static FiscalCalendar Infer(IEnumerable<Period> periods, IEnumerable<int> releaseYearEndMonths)
    {
        var votes = new int[13];
        foreach (var d in periods.OfType<Duration>())
        {
            if (Math.Abs(d.Days - 4 * DaysPerQuarter) <= SlackDays && NearestMonthEnd(d.End) is { } y) votes[y.Month] += 2;
            else if ((Math.Abs(d.Days - 2 * DaysPerQuarter) <= SlackDays || Math.Abs(d.Days - 3 * DaysPerQuarter) <= SlackDays)
                     && NearestMonthEnd(d.Start.AddDays(-1)) is { } s) votes[s.Month] += 1;
        }
        if (votes.Max() == 0)
            foreach (var m in releaseYearEndMonths) if (m is >= 1 and <= 12) votes[m]++;
        var best = Array.IndexOf(votes, votes.Max());
        return new FiscalCalendar(votes.Max() == 0 ? 12 : best);
    }

    /// <summary>The month whose last day is nearest the date, within ten days.</summary>
    public static (int Year, int Month)? NearestMonthEnd(DateOnly date)
    {
        var thisEnd = new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
        var lastEnd = new DateOnly(date.Year, date.Month, 1).AddDays(-1);
        var toThis = thisEnd.DayNumber - date.DayNumber;
        var toLast = date.DayNumber - lastEnd.DayNumber;
        var (end, distance) = toThis <= toLast ? (thisEnd, toThis) : (lastEnd, toLast);
        return distance <= SlackDays ? (end.Year, end.Month) : null;
    }
}
