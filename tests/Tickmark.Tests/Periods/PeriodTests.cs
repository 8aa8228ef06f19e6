using Tickmark.Periods;

namespace Tickmark.Tests.Periods;

public class PeriodTests
{
    [Fact]
    public void ADurationCannotEndBeforeItStarts() =>
        Assert.Throws<ArgumentException>(() => new Duration(new DateOnly(2006, 12, 31), new DateOnly(2006, 10, 1)));

    [Theory]
    [InlineData(3, "2006-12-31", "2006-10-01")]
    [InlineData(9, "2006-09-30", "2006-01-01")]
    [InlineData(12, "2005-06-30", "2004-07-01")]
    [InlineData(6, "2008-02-29", "2007-09-01")]
    public void MonthsEndingOnAMonthEndStartOnAFirst(int months, string end, string start) =>
        Assert.Equal(DateOnly.Parse(start), Duration.OfMonths(months, DateOnly.Parse(end)).Start);

    [Fact]
    public void AQuarterEndingMidMonthIsThirteenWeeks()
    {
        var q = Duration.OfMonths(3, new DateOnly(2004, 7, 3));
        Assert.Equal(91, q.Days);
        Assert.Equal(new DateOnly(2004, 4, 4), q.Start);
        Assert.Equal(3, q.Months);
    }

    [Theory]
    [InlineData("For the three and twelve months ended December 31, 2006 and 2005", new[] { 3, 12 })]
    [InlineData("Thirteen weeks ended July 3, 2004", new[] { 13 })]
    [InlineData("Quarter Ended", new[] { 3 })]
    [InlineData("Year Ended December 31,", new[] { 12 })]
    [InlineData("Six Months Ended", new[] { 6 })]
    public void LengthsAreReadInOrder(string text, int[] counts) =>
        Assert.Equal(counts, DateText.FindLengths(text).Select(l => l.Count));

    [Theory]
    [InlineData("Dec. 31, 2006", 12, 31, 2006)]
    [InlineData("Sept. 30, 2008", 9, 30, 2008)]
    [InlineData("3/31/05", 3, 31, 2005)]
    [InlineData("Mar 31,2007", 3, 31, 2007)]
    public void DatesAreReadAsPrinted(string text, int month, int day, int year)
    {
        var m = DateText.FindMonth(text)!.Value;
        Assert.Equal((month, day, year), (m.Month, m.Day!.Value, m.Year!.Value));
    }
}
