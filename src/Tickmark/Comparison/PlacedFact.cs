using Tickmark.Facts;
using Tickmark.Series;

namespace Tickmark.Comparison;

/// <summary>A stored fact with where it is: its release (or filing), its index there, and the 1-based line and column of the figure.</summary>
public sealed record PlacedFact(ReleaseRef Release, int Index, Fact Fact, int Line, int Column)
{
    /// <summary>"#3 file.htm 296:65"</summary>
    public string Where => $"{Release} {Line}:{Column}";

    /// <summary>The value in the element's XBRL convention.</summary>
    public decimal Value => Fact.XbrlValue ?? Fact.Value;
}
