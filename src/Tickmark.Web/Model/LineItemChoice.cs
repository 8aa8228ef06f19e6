using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Store.Reading;

namespace Tickmark.Web.Model;

/// <summary>
/// A line item to pick on the company page: one per element (its labels as printed folded together)
/// or, for rows with no element, per label; GAAP and non-GAAP apart. <see cref="Address"/> is what
/// the series page is asked for: the element, or the label.
/// </summary>
public sealed record LineItemChoice(string Address, string Label, string? Concept, FactBasis Basis, int Figures, IReadOnlyList<string> OtherLabels)
{
    public static IReadOnlyList<LineItemChoice> Group(IEnumerable<LineItemSummary> items) =>
        items.GroupBy(i => (Key: i.Concept ?? "label:" + LineItemQuery.Normalize(i.Label), i.Basis))
            .Select(g =>
            {
                var labels = g.OrderByDescending(i => i.Figures).ThenBy(i => i.Label, StringComparer.Ordinal).Select(i => i.Label).Distinct().ToList();
                var concept = g.First().Concept;
                return new LineItemChoice(concept ?? labels[0], labels[0], concept, FactBasisNames.Parse(g.Key.Basis), g.Sum(i => i.Figures), labels.Skip(1).ToList());
            })
            .OrderBy(c => c.Basis).ThenByDescending(c => c.Figures).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
}
