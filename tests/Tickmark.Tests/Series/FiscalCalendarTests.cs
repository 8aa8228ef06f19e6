using Tickmark.Periods;
using Tickmark.Series;

namespace Tickmark.Tests.Series;

/// <summary>Periods onto fiscal quarters: calendar years, years ending in other months, 52/53-week years.</summary>
public class FiscalCalendarTests
{
    [Theory]
    // December year: quarters, year to date, full year.
    [InlineData(12, "2006-10-01", "2006-12-31", "2006Q4")]
    [InlineData(12, "2007-01-01", "2007-06-30", "2007Q1-Q2")]
    [InlineData(12, "2006-01-01", "2006-12-31", "FY2006")]
    // June year (Pericom): the fiscal year is named by the year it ends in.
    [InlineData(6, "2004-07-01", "2004-09-30", "2005Q1")]
    [InlineData(6, "2004-07-01", "2005-03-31", "2005Q1-Q3")]
    // 52/53-week June year: quarters end on a Saturday near the month's end, before or after it.
    [InlineData(6, "2006-04-02", "2006-07-01", "2006Q4")]
    [InlineData(6, "2005-07-03", "2005-10-01", "2006Q1")]
    [InlineData(6, "2005-07-03", "2006-07-01", "FY2006")]
    [InlineData(6, "2006-10-01", "2006-12-30", "2007Q2")]
    // A 14-week quarter is still one quarter.
    [InlineData(6, "2005-03-27", "2005-07-02", "2005Q4")]
    // March year (Horizon) and September year (Asta).
    [InlineData(3, "2005-04-01", "2005-12-31", "2006Q1-Q3")]
    [InlineData(9, "2003-10-01", "2003-12-31", "2004Q1")]
    public void FlowsFallInTheirFiscalQuarters(int yearEnd, string start, string end, string slot) =>
        Assert.Equal(slot, new FiscalCalendar(yearEnd).SlotOf(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)))?.Name);

    [Theory]
    [InlineData(12, "2006-01-01", "2006-02-28")] // two months
    [InlineData(12, "2006-01-01", "2006-01-15")] // half a month
    [InlineData(12, "2005-07-01", "2006-06-30")] // twelve months that are not a fiscal year
    [InlineData(6, "2006-01-01", "2006-03-15")] // ends mid-month
    [InlineData(3, "2008-07-25", "2008-10-23")] // a misread heading: ends in no quarter's month
    public void PeriodsThatAreNoSpanOfQuartersHaveNoSlot(int yearEnd, string start, string end) =>
        Assert.Null(new FiscalCalendar(yearEnd).SlotOf(new Duration(DateOnly.Parse(start), DateOnly.Parse(end))));

    [Theory]
    [InlineData(12, "2006-12-31", "2006Q4")]
    [InlineData(6, "2006-07-01", "2006Q4")]
    [InlineData(3, "2005-09-30", "2006Q2")]
    public void BalancesSitAtTheirQuarterEnd(int yearEnd, string date, string slot)
    {
        var s = new FiscalCalendar(yearEnd).SlotOf(new Instant(DateOnly.Parse(date)));
        Assert.True(s!.Value.IsInstant);
        Assert.Equal(slot, s.Value.Name);
    }

    [Fact]
    public void TheYearEndIsWhereFullYearsEndAndYearToDateStarts()
    {
        Period[] horizon = [D("2005-04-01", "2005-12-31"), D("2005-10-01", "2005-12-31"), D("2005-04-01", "2006-03-31")];
        Assert.Equal(3, FiscalCalendar.Infer(horizon, releaseYearEndMonths: [9, 9, 3]).YearEndMonth);
        Period[] pericom = [D("2005-07-03", "2006-07-01"), D("2006-04-02", "2006-07-01")];
        Assert.Equal(6, FiscalCalendar.Infer(pericom, []).YearEndMonth);
        Period[] asta = [D("2003-10-01", "2004-03-31")];
        Assert.Equal(9, FiscalCalendar.Infer(asta, [12]).YearEndMonth);
    }

    [Fact]
    public void WithoutLongPeriodsTheReleasesNameTheYearEnd()
    {
        Period[] quarters = [D("2003-10-01", "2003-12-31")];
        Assert.Equal(9, FiscalCalendar.Infer(quarters, [9, 9, 12]).YearEndMonth);
        Assert.Equal(12, FiscalCalendar.Infer(quarters, []).YearEndMonth);
    }

    [Fact]
    public void AYearEndMonthOutsideOneToTwelveIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(13));

    private static Duration D(string s, string e) => new(DateOnly.Parse(s), DateOnly.Parse(e));
}
