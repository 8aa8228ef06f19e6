using Tickmark.Series;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Export;

/// <summary>One point of a company's quarterly series of one element: a row of the panel.</summary>
public sealed record PanelRow(CompanySummary Company, string Element, LineSeries Series, SeriesPoint Point);
