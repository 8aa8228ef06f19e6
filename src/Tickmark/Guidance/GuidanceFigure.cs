using Tickmark.Facts;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Guidance;

/// <summary>
/// One figure of a release's outlook, a fact of kind "guidance": what it measures, the future
/// <see cref="Period"/>, and either a range (<see cref="Low"/> to <see cref="High"/>, both
/// inclusive) or a <see cref="Point"/> with a <see cref="Tolerance"/> (in the figure's unit:
/// "$16.00 billion, plus or minus 2%" has a tolerance of 320,000,000 USD, and
/// <see cref="ToleranceText"/> keeps "plus or minus 2%"). Values are in base units as for facts;
/// <see cref="Approximate"/> when the release says "approximately" or "about". <see cref="Span"/>
/// covers the figure's numbers, <see cref="Sentence"/> the sentence. <see cref="LowerBound"/> and
/// <see cref="UpperBound"/> give the range either way.
/// </summary>
public sealed record GuidanceFigure
{
    public required string Measure { get; init; }
    public required GuidancePeriod Period { get; init; }
    public required Unit Unit { get; init; }
    public FactBasis Basis { get; init; } = FactBasis.Gaap;
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public decimal? Point { get; init; }
    public decimal? Tolerance { get; init; }
    public string? ToleranceText { get; init; }
    public bool Approximate { get; init; }
    public int Decimals { get; init; }
    public GuidanceChange Change { get; init; }
    /// <summary>The numbers as printed: the point, or the low end then the high end.</summary>
    public IReadOnlyList<GuidanceNumber> Numbers { get; init; } = [];
    public required SourceSpan Span { get; init; }
    public required SourceSpan Sentence { get; init; }

    /// <summary>The lowest value the outlook allows: the range's low end, or the point less the tolerance.</summary>
    public decimal? LowerBound => Low ?? (Point is { } p ? p - (Tolerance ?? 0) : null);

    /// <summary>The highest value the outlook allows: the range's high end, or the point plus the tolerance.</summary>
    public decimal? UpperBound => High ?? (Point is { } p ? p + (Tolerance ?? 0) : null);
}
