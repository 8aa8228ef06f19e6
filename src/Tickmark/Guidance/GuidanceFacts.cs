using Tickmark.Facts;
using Tickmark.Periods;

namespace Tickmark.Guidance;

/// <summary>
/// The facts of an outlook: one fact of kind <see cref="FactKind.Guidance"/> per number printed
/// (a point, or each end of a range), with the guidance period, measure, basis and unit. They carry
/// no element, so no series or check reads them as reported figures.
/// </summary>
public static class GuidanceFacts
{
    public static IEnumerable<Fact> Of(IEnumerable<GuidanceFigure> figures)
    {
        foreach (var g in figures)
        {
            Period? period = g.Period is { Start: { } start, End: { } end } ? new Duration(start, end) : null;
            foreach (var n in g.Numbers)
                yield return new Fact
                {
                    Origin = FactOrigin.Narrative,
                    Kind = FactKind.Guidance,
                    Label = g.Measure,
                    Measure = g.Measure,
                    Value = n.Value,
                    Basis = g.Basis,
                    Unit = g.Unit,
                    Decimals = n.Decimals,
                    Period = period,
                    Span = n.Span,
                };
        }
    }
}
