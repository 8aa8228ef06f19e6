using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tickmark.Periods;

namespace Tickmark.Tests.Periods;

/// <summary>What every period must satisfy, whatever its dates: inclusive ends, months that add up, nearness that goes both ways.</summary>
public class PeriodProperties
{
    private static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2035, 12, 31).DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();

    private static Arbitrary<DateOnly> MonthEnds() =>
        Gen.Choose(1990, 2035).Zip(Gen.Choose(1, 12)).Select(t => new DateOnly(t.Item1, t.Item2, DateTime.DaysInMonth(t.Item1, t.Item2))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property ADurationExistsExactlyWhenItEndsOnOrAfterItsStart() =>
        Prop.ForAll(Dates(), Dates(), (a, b) =>
        {
            var made = Record.Exception(() => new Duration(a, b)) is null;
            return made == (b >= a);
        });

    [Property(MaxTest = 300)]
    public Property MonthsToAMonthEndStartOnAFirstAndCountThemselves() =>
        Prop.ForAll(MonthEnds(), Gen.Choose(1, 12).ToArbitrary(), (end, months) =>
        {
            var d = Duration.OfMonths(months, end);
            return d.End == end && d.Start.Day == 1 && d.Months == months && d.Start.AddMonths(months).AddDays(-1) == end;
        });

    [Property(MaxTest = 300)]
    public Property QuartersOffAMonthEndAreThirteenWeeksEach() =>
        Prop.ForAll(Dates().Filter(d => d.Day != DateTime.DaysInMonth(d.Year, d.Month)), Gen.Elements(3, 6, 9, 12).ToArbitrary(), (end, months) =>
        {
            var d = Duration.OfMonths(months, end);
            return d.End == end && d.Days == 7 * 13 * months / 3 && d.Months == months;
        });

    [Property(MaxTest = 300)]
    public Property NearnessIsReflexiveAndSymmetric() =>
        Prop.ForAll(Dates(), Dates(), Gen.Choose(0, 20).ToArbitrary(), (a, b, shift) =>
        {
            var (first, second) = (a <= b ? new Duration(a, b) : new Duration(b, a), a <= b ? new Duration(a.AddDays(shift), b.AddDays(shift)) : new Duration(b.AddDays(shift), a.AddDays(shift)));
            return first.IsNear(first) && first.IsNear(second) == second.IsNear(first) && first.IsNear(second) == (shift <= 7)
                && new Instant(a).IsNear(new Instant(a.AddDays(shift))) == (shift <= 7) && !first.IsNear(new Instant(first.End));
        });
}
