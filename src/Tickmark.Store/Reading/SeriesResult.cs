using Tickmark.Facts;
using Tickmark.Series;

namespace Tickmark.Store.Reading;

/// <summary>A company's series for one line item, of one basis; <see cref="LineItem"/> is what matched: the element ("us-gaap:Revenues") or the label as asked.</summary>
public sealed record SeriesResult(CompanySummary Company, string LineItem, LineSeries Series, FactBasis Basis = FactBasis.Gaap);
