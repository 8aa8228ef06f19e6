using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Units;
using static Tickmark.Tests.Series.Figures;

namespace Tickmark.Tests.Series;

/// <summary>Series from releases: reported points, derived quarters, restatements, what is never derived.</summary>
public class SeriesBuilderTests
{
    [Fact]
    public void AMissingFirstQuarterIsTheHalfYearLessTheSecondQuarter()
    {
        var r = Release(3, "2007-06-30");
        var series = Quarterly(Flow(r, "2007-04-01", "2007-06-30", 6_974_000, fact: 1), Flow(r, "2007-01-01", "2007-06-30", 13_559_000, fact: 2));
        var q1 = Point(series, "2007Q1");
        Assert.True(q1.Derived);
        Assert.Equal(6_585_000m, q1.Value);
        Assert.Equal(new Duration(new DateOnly(2007, 1, 1), new DateOnly(2007, 3, 31)), q1.Period);
        Assert.Equal("2007Q1-Q2 - 2007Q2", q1.Derivation!.Formula);
        Assert.Equal([2, 1], q1.Sources.Select(s => s.FactIndex));
        Assert.False(Point(series, "2007Q2").Derived);
    }

    [Fact]
    public void AMissingFourthQuarterIsTheYearLessNineMonths()
    {
        var r = Release(1, "2006-12-31");
        var series = Quarterly(Flow(r, "2006-01-01", "2006-12-31", 22_891_000), Flow(Release(2, "2006-09-30"), "2006-01-01", "2006-09-30", 16_550_000));
        var q4 = Point(series, "2006Q4");
        Assert.Equal(6_341_000m, q4.Value);
        Assert.Equal("FY2006 - 2006Q1-Q3", q4.Derivation!.Formula);
        Assert.Equal(new DateOnly(2006, 10, 1), ((Duration)q4.Period).Start);
    }

    [Theory]
    [InlineData(6_342_000, CheckStatus.Rounding)] // 22,891 - 16,550 = 6,341; each input is within 500 of its true value
    [InlineData(6_343_000, CheckStatus.Fail)]
    public void AReportedQuarterIsComparedWithItsDerivation(int reported, CheckStatus expected)
    {
        var r = Release(1, "2006-12-31");
        var series = Quarterly(Flow(r, "2006-10-01", "2006-12-31", reported), Flow(r, "2006-01-01", "2006-12-31", 22_891_000),
            Flow(Release(2, "2006-09-30"), "2006-01-01", "2006-09-30", 16_550_000));
        var q4 = Point(series, "2006Q4");
        Assert.False(q4.Derived);
        Assert.Equal(reported, q4.Value);
        var conflict = Assert.Single(q4.Conflicts);
        Assert.Equal((ConflictKind.Derived, expected, 6_341_000m), (conflict.Kind, conflict.Status, conflict.Value));
    }

    [Fact]
    public void AnExactDerivationIsNoConflict()
    {
        var r = Release(1, "2006-12-31");
        var series = Quarterly(Flow(r, "2006-10-01", "2006-12-31", 6_341_000), Flow(r, "2006-01-01", "2006-12-31", 22_891_000),
            Flow(Release(2, "2006-09-30"), "2006-01-01", "2006-09-30", 16_550_000));
        Assert.Empty(Point(series, "2006Q4").Conflicts);
    }

    [Fact]
    public void TheLaterReleaseWinsAndTheEarlierValueIsKeptAndFlagged()
    {
        var first = Release(1, "2005-09-30");
        var later = Release(2, "2006-09-30");
        var series = Quarterly(Flow(first, "2005-07-01", "2005-09-30", 14_729_000), Flow(later, "2005-07-01", "2005-09-30", 14_967_000));
        var q = Point(series, "2005Q3");
        Assert.Equal(14_967_000m, q.Value);
        Assert.Equal([2L], q.Sources.Select(s => s.Release.Id));
        var restated = Assert.Single(q.Conflicts);
        Assert.Equal((ConflictKind.Restated, CheckStatus.Fail, 14_729_000m, 1L), (restated.Kind, restated.Status, restated.Value, restated.Sources[0].Release.Id));
    }

    [Fact]
    public void ReleasesPrintingTheSameValueAreAllSources()
    {
        var series = Quarterly(Flow(Release(1, "2005-09-30"), "2005-07-01", "2005-09-30", 4_412_000), Flow(Release(2, "2006-09-30"), "2005-07-01", "2005-09-30", 4_412_000));
        var q = Point(series, "2005Q3");
        Assert.Equal([2L, 1L], q.Sources.Select(s => s.Release.Id));
        Assert.Empty(q.Conflicts);
    }

    [Fact]
    public void BalancesAreNeverDerived()
    {
        var r = Release(1, "2006-12-31");
        var series = Quarterly(Balance(r, "2006-12-31", 22_119_000), Balance(r, "2005-12-31", 8_774_000));
        Assert.Equal(["2005Q4", "2006Q4"], series.Points.Select(p => p.Slot.Name));
        Assert.All(series.Points, p => Assert.False(p.Derived));
        Assert.Equal(new Instant(new DateOnly(2005, 12, 31)), series.Points[0].Period);
    }

    [Theory]
    [InlineData(Unit.UsdPerShare, StatementKind.IncomeStatement)]
    [InlineData(Unit.Shares, StatementKind.IncomeStatement)]
    [InlineData(Unit.Usd, StatementKind.Other)]
    public void PerShareFiguresShareCountsAndSupplementaryTablesAreNeverDerived(Unit unit, StatementKind statement)
    {
        var r = Release(3, "2007-06-30");
        var series = Quarterly(Flow(r, "2007-04-01", "2007-06-30", 2, unit: unit, statement: statement), Flow(r, "2007-01-01", "2007-06-30", 5, unit: unit, statement: statement));
        Assert.Equal(["2007Q2"], series.Points.Select(p => p.Slot.Name));
    }

    [Fact]
    public void CashFlowsAreDerivedLikeIncome()
    {
        var r = Release(3, "2007-06-30");
        var series = Quarterly(Flow(Release(1, "2007-03-31"), "2007-01-01", "2007-03-31", 1_000_000, statement: StatementKind.CashFlow),
            Flow(r, "2007-01-01", "2007-06-30", 2_500_000, statement: StatementKind.CashFlow));
        Assert.Equal(1_500_000m, Point(series, "2007Q2").Value);
    }

    [Fact]
    public void AWeekBasedJuneYearIsDerivedTheSameWay()
    {
        // Pericom-style: the year ends on the Saturday nearest June 30; Q2 of fiscal 2006 ends Dec 31, 2005.
        var r = Release(1, "2005-12-31");
        var figures = new[] { Flow(r, "2005-10-02", "2005-12-31", 26_270_000), Flow(r, "2005-07-03", "2005-12-31", 48_743_000) };
        var series = SeriesBuilder.Build(figures, new FiscalCalendar(6), SeriesKind.Quarterly);
        var q1 = Point(series, "2006Q1");
        Assert.Equal(22_473_000m, q1.Value);
        Assert.Equal(new Duration(new DateOnly(2005, 7, 3), new DateOnly(2005, 10, 1)), q1.Period);
    }

    [Fact]
    public void AQuarterStartsTheDayAfterThePreviousOneEndsEvenWhenItsColumnSaysOtherwise()
    {
        // A 14-week quarter headed "three months": its column reads 13 weeks back from the end.
        var r = Release(1, "2005-07-02");
        var series = SeriesBuilder.Build([Flow(r, "2004-12-26", "2005-03-26", 100), Flow(r, "2005-04-03", "2005-07-02", 120)],
            new FiscalCalendar(6), SeriesKind.Quarterly);
        Assert.Equal(new Duration(new DateOnly(2005, 3, 27), new DateOnly(2005, 7, 2)), Point(series, "2005Q4").Period);
    }

    [Fact]
    public void YearToDateSpansAreReportedOrAddedUp()
    {
        var r1 = Release(1, "2006-03-31");
        var r2 = Release(2, "2006-06-30");
        var series = SeriesBuilder.Build([Flow(r1, "2006-01-01", "2006-03-31", 100_000), Flow(r2, "2006-04-01", "2006-06-30", 150_000)],
            new FiscalCalendar(12), SeriesKind.YearToDate);
        Assert.Equal(["2006Q1", "2006Q1-Q2"], series.Points.Select(p => p.Slot.Name));
        var h1 = Point(series, "2006Q1-Q2");
        Assert.Equal(250_000m, h1.Value);
        Assert.Equal("2006Q1 + 2006Q2", h1.Derivation!.Formula);
    }

    [Fact]
    public void AnnualPointsAreFullYearsReportedOrNineMonthsPlusTheFourthQuarter()
    {
        var series = SeriesBuilder.Build([
                Flow(Release(1, "2005-12-31"), "2005-01-01", "2005-12-31", 18_484_000),
                Flow(Release(2, "2006-09-30"), "2006-01-01", "2006-09-30", 16_550_000),
                Flow(Release(3, "2006-12-31"), "2006-10-01", "2006-12-31", 6_342_000)],
            new FiscalCalendar(12), SeriesKind.Annual);
        Assert.Equal(["FY2005", "FY2006"], series.Points.Select(p => p.Slot.Name));
        Assert.False(series.Points[0].Derived);
        Assert.Equal(22_892_000m, series.Points[1].Value);
    }

    [Fact]
    public void AReleaseDoesNotReportPeriodsAfterItsOwn()
    {
        // PERICOM_FY2006Q4 prints "Dec 31, 2006" over a column of the quarter ended Dec 31, 2005.
        var r = Release(1, "2006-07-01");
        var series = SeriesBuilder.Build([Flow(r, "2006-10-02", "2006-12-31", 16_719_000)], new FiscalCalendar(6), SeriesKind.Quarterly);
        Assert.Empty(series.Points);
    }

    [Fact]
    public void WithinARelease_TheRestatedColumnIsTakenOverTheOneAsPreviouslyReported()
    {
        var r = Release(1, "2006-07-01");
        var previously = FigureRank.Of(StatementKind.IncomeStatement, "Consolidated Statements of Operations - GAAP", "As Previously Reported");
        var restated = FigureRank.Of(StatementKind.IncomeStatement, "Consolidated Statements of Operations - GAAP", "As Restated");
        var series = SeriesBuilder.Build([Flow(r, "2005-07-03", "2005-10-01", 14_729_000, rank: previously, fact: 1), Flow(r, "2005-07-03", "2005-10-01", 14_967_000, rank: restated, fact: 2)],
            new FiscalCalendar(6), SeriesKind.Quarterly);
        var q = Point(series, "2006Q1");
        Assert.Equal(14_967_000m, q.Value);
        Assert.Empty(q.Conflicts);
    }

    [Theory]
    [InlineData(StatementKind.IncomeStatement, "Consolidated Statements of Operations", "", StatementKind.IncomeStatement, "Statements of Operations - Pro Forma", "")]
    [InlineData(StatementKind.IncomeStatement, "Statements of Operations - Pro Forma", "", StatementKind.Other, "Selected data", "")]
    [InlineData(StatementKind.IncomeStatement, "Statements of Operations", "As Restated", StatementKind.IncomeStatement, "Statements of Operations", "As previously reported")]
    public void APrimaryGaapStatementRanksFirst(StatementKind k1, string title1, string heading1, StatementKind k2, string title2, string heading2) =>
        Assert.True(FigureRank.Of(k1, title1, heading1) < FigureRank.Of(k2, title2, heading2));
}
