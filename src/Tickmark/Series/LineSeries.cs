using Tickmark.Units;

namespace Tickmark.Series;

/// <summary>
/// A line item's history: its points in calendar order, on the company's fiscal calendar; the stock
/// splits its share counts and per-share figures were put on the latest basis by.
/// </summary>
public sealed record LineSeries(SeriesKind Kind, FiscalCalendar Calendar, Unit Unit, IReadOnlyList<SeriesPoint> Points)
{
    public IReadOnlyList<Splits.SplitEvent> Splits { get; init; } = [];

    public static LineSeries Empty(SeriesKind kind, FiscalCalendar calendar) => new(kind, calendar, Unit.Usd, []);
}
