using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Tests.Periods;

/// <summary>Columns headed by the company's own names for periods, dated from the release's fiscal calendar.</summary>
public class FiscalLabelTests
{
    // Oracle: fiscal year ends May 31; the release reports Q4 of fiscal 2014.
    private static readonly FiscalPeriod MonthEnds = new(2014, 4, new DateOnly(2014, 5, 31), 5);

    // NVIDIA: 52/53-week year ending late January; the release reports Q2 of fiscal 2024, ended July 30, 2023.
    private static readonly FiscalPeriod Weeks = new(2024, 2, new DateOnly(2023, 7, 30), 1);

    [Theory]
    [InlineData("Fiscal 2013 Q1", "2012-06-01", "2012-08-31")]
    [InlineData("Fiscal 2014 Q4", "2014-03-01", "2014-05-31")]
    [InlineData("Fiscal 2013 TOTAL", "2012-06-01", "2013-05-31")]
    [InlineData("FY14 Q3", "2013-12-01", "2014-02-28")]
    [InlineData("Q2 FY2014", "2013-09-01", "2013-11-30")]
    [InlineData("Third Quarter Fiscal 2014", "2013-12-01", "2014-02-28")]
    public void OnAMonthEndCalendar(string heading, string start, string end) =>
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), FiscalLabel.Resolve(heading, MonthEnds));

    [Theory]
    [InlineData("Q2 FY24", "2023-05-01", "2023-07-30")]
    [InlineData("Q1 FY24", "2023-01-30", "2023-04-30")]
    [InlineData("Q2 FY23", "2022-05-02", "2022-07-31")]
    [InlineData("4Q23", "2022-10-31", "2023-01-29")]
    public void OnAWeekCalendar(string heading, string start, string end) =>
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), FiscalLabel.Resolve(heading, Weeks));

    [Fact]
    public void InATrailingTableAQuartersColumnCoversTheYearEndingWithIt() =>
        Assert.Equal(new Duration(new DateOnly(2011, 9, 1), new DateOnly(2012, 8, 31)), FiscalLabel.Resolve("Fiscal 2013 Q1", MonthEnds, trailing: true));

    [Theory]
    [InlineData("GAAP")]
    [InlineData("2014")]
    [InlineData("Q/Q")]
    [InlineData("Three Months Ended May 31, Adj.")]
    [InlineData("Nonperforming Assets")]
    public void OtherHeadingsAreNotFiscalLabels(string heading) => Assert.Null(FiscalLabel.Resolve(heading, MonthEnds));

    [Fact]
    public void AWeekCalendarsQuarterMayEndOnAMonthsLastDay()
    {
        // NVIDIA's second quarter of fiscal 2023 ended Sunday July 31, 2022; the quarter before ended May 1.
        var fiscal = new FiscalPeriod(2023, 2, new DateOnly(2022, 7, 31), 1);
        Assert.Equal(new Duration(new DateOnly(2022, 1, 31), new DateOnly(2022, 5, 1)), FiscalLabel.Resolve("Q1 FY23", fiscal, weeks: true));
    }
}
