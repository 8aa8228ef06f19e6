using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Units;

namespace Tickmark.Tests.Series;

/// <summary>Observations written briefly for series tests: a release, flows and balances on it.</summary>
public static class Figures
{
    public static ReleaseRef Release(int id, string periodEnd) => new(id, $"r{id}.txt", DateOnly.Parse(periodEnd), null);

    public static Observation Flow(ReleaseRef release, string start, string end, decimal value, int decimals = -3,
        StatementKind statement = StatementKind.IncomeStatement, Unit unit = Unit.Usd, int rank = 0, int fact = 0) =>
        new(release, new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), value, decimals, unit, statement, fact, 10 + fact, 20, rank);

    public static Observation Balance(ReleaseRef release, string date, decimal value, int decimals = -3) =>
        new(release, new Instant(DateOnly.Parse(date)), value, decimals, Unit.Usd, StatementKind.BalanceSheet, 0, 5, 30);

    public static SeriesPoint Point(LineSeries series, string name) => Assert.Single(series.Points, p => p.Slot.Name == name);

    public static LineSeries Quarterly(params Observation[] figures) => SeriesBuilder.Build(figures, new FiscalCalendar(12), SeriesKind.Quarterly);
}
