using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// A figure found in prose: "$6.34 million" (span over "6.34"), "$0.02 per share", "23%".
/// A stated change ("an increase of 23%") has <see cref="IsChange"/> and the direction its words give
/// (+1 up, -1 down); a ratio ("or 70% of revenues") names what it is a share of in <see cref="RatioOf"/>.
/// </summary>
public sealed record ProseFigure(SourceSpan Span, decimal Value, Unit Unit, int Decimals, bool IsChange, int Direction = 0, string? RatioOf = null);
