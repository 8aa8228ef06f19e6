namespace Tickmark.Periods;

/// <summary>What a figure's date means: a point in time or a span of days. See <see cref="Instant"/> and <see cref="Duration"/>.</summary>
public abstract record Period
{
    /// <summary>The last day the figure covers (the instant itself for an instant).</summary>
    public abstract DateOnly End { get; }

    /// <summary>
    /// The same period told differently: equal, or of the same kind with ends (and starts) at most a
    /// week apart, as prose on a 52/53-week calendar names "the same quarter last year".
    /// </summary>
    public bool IsNear(Period? other) => other switch
    {
        null => false,
        _ when Equals(other) => true,
        Instant i when this is Instant me => Math.Abs(i.Date.DayNumber - me.Date.DayNumber) <= 7,
        Duration d when this is Duration me => Math.Abs(d.End.DayNumber - me.End.DayNumber) <= 7 && Math.Abs(d.Start.DayNumber - me.Start.DayNumber) <= 7,
        _ => false,
    };
}

/// <summary>A balance at the end of one day.</summary>
public sealed record Instant(DateOnly Date) : Period
{
    public override DateOnly End => Date;
    public override string ToString() => $"at {Date:yyyy-MM-dd}";
}

/// <summary>A flow over whole days, <see cref="Start"/> and <see cref="End"/> both included.</summary>
public sealed record Duration : Period
{
    public Duration(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"A period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        Start = start;
        EndDate = end;
    }

    public DateOnly Start { get; }
    private DateOnly EndDate { get; }
    public override DateOnly End => EndDate;
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Length in months, rounded to the nearest whole month (a 13-week quarter is 3).</summary>
    public int Months => (int)Math.Round(Days / 30.4375);

    /// <summary>
    /// A period of <paramref name="months"/> months ending on <paramref name="end"/>. When the end is
    /// a month's last day the start is the first day of a month; otherwise the company keeps a
    /// 52/53-week calendar and the period is 13 weeks a quarter.
    /// </summary>
    public static Duration OfMonths(int months, DateOnly end)
    {
        if (end.Day == DateTime.DaysInMonth(end.Year, end.Month))
        {
            var first = new DateOnly(end.Year, end.Month, 1).AddMonths(-(months - 1));
            return new Duration(first, end);
        }
        return OfWeeks(months * 13 / 3, end);
    }

    public static Duration OfWeeks(int weeks, DateOnly end) => new(end.AddDays(-(7 * weeks) + 1), end);

    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
