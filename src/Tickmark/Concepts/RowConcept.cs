using Tickmark.Facts;

namespace Tickmark.Concepts;

/// <summary>
/// What the concept stage says of one row: its element (null where no standard element fits or the
/// row is non-GAAP), the dimensions that make it a part of a total, its basis, and the factor that turns
/// its printed figures into the element's XBRL values (1, or -1 for a deduction printed in parentheses).
/// </summary>
public sealed record RowConcept(ElementInfo? Element, ConceptRule? Rule, IReadOnlyDictionary<string, string> Dimensions, FactBasis Basis, decimal Sign)
{
    public static readonly IReadOnlyDictionary<string, string> NoDimensions = new Dictionary<string, string>();
}
