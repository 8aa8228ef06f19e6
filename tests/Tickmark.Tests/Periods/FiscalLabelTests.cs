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

    // Caterpillar, first quarter of 2022 (EDGAR 0000018230-22-000107): a calendar year; "First Quarter"
    // spans "2022" and "2021". Worthington-style "Fourth Quarter 2023" and "Full Year 2021" on the same calendar.
    private static readonly FiscalPeriod Calendar = new(2022, 1, new DateOnly(2022, 3, 31));

    [Theory]
    [InlineData("First Quarter 2022", "2022-01-01", "2022-03-31")]
    [InlineData("First Quarter 2021", "2021-01-01", "2021-03-31")]
    [InlineData("4th Quarter 2021", "2021-10-01", "2021-12-31")]
    [InlineData("Full Year 2021", "2021-01-01", "2021-12-31")]
    public void AQuarterNamedInWordsWithItsYear(string heading, string start, string end) =>
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), FiscalLabel.Resolve(heading, Calendar));

    // Apple, third quarter of fiscal 2004 (EDGAR 0001104659-04-019574), ended June 26, 2004, on a week
    // calendar: its summary data heads columns "Q2’04 Actual CPU Units k", "Q3’03 Actual Rev $m".
    [Theory]
    [InlineData("Q2\u201904 Actual CPU Units k", "2003-12-28", "2004-03-27")]
    [InlineData("Q3\u201903 Actual Rev $m", "2003-03-30", "2003-06-28")]
    public void AQuartersLabelBeforeTheWordsOfItsColumn(string heading, string start, string end) =>
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)),
            FiscalLabel.Resolve(System.Text.RegularExpressions.Regex.Unescape(heading), new FiscalPeriod(2004, 3, new DateOnly(2004, 6, 26), 9)));

    [Fact]
    public void InATrailingTableAQuartersColumnCoversTheYearEndingWithIt() =>
        Assert.Equal(new Duration(new DateOnly(2011, 9, 1), new DateOnly(2012, 8, 31)), FiscalLabel.Resolve("Fiscal 2013 Q1", MonthEnds, trailing: true));

    [Theory]
    [InlineData("GAAP")]
    [InlineData("2014")]
    [InlineData("Q/Q")]
    [InlineData("Three Months Ended May 31, Adj.")]
    [InlineData("Nonperforming Assets")]
    [InlineData("First Quarter")]
    [InlineData("Q3 2004 June 26, 2004")]
    public void OtherHeadingsAreNotFiscalLabels(string heading) => Assert.Null(FiscalLabel.Resolve(heading, MonthEnds));

    [Fact]
    public void AWeekCalendarsQuarterMayEndOnAMonthsLastDay()
    {
        // NVIDIA's second quarter of fiscal 2023 ended Sunday July 31, 2022; the quarter before ended May 1.
        var fiscal = new FiscalPeriod(2023, 2, new DateOnly(2022, 7, 31), 1);
        Assert.Equal(new Duration(new DateOnly(2022, 1, 31), new DateOnly(2022, 5, 1)), FiscalLabel.Resolve("Q1 FY23", fiscal, weeks: true));
    }
}
