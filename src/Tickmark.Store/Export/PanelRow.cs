using Tickmark.Series;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Export;

/// <summary>One point of a company's series of one element (or row label) and basis: a row of the panel.</summary>
public sealed record PanelRow(CompanySummary Company, string Element, LineSeries Series, SeriesPoint Point, Tickmark.Facts.FactBasis Basis = Tickmark.Facts.FactBasis.Gaap);
