using Tickmark.Units;

namespace Tickmark.Series;

/// <summary>A line item's history: its points in calendar order, on the company's fiscal calendar.</summary>
public sealed record LineSeries(SeriesKind Kind, FiscalCalendar Calendar, Unit Unit, IReadOnlyList<SeriesPoint> Points)
{
    public static LineSeries Empty(SeriesKind kind, FiscalCalendar calendar) => new(kind, calendar, Unit.Usd, []);
}
