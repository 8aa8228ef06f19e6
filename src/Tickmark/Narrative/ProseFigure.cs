using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>A figure found in prose: "$6.34 million" (span over "6.34"), "$0.02 per share", "23%".</summary>
public sealed record ProseFigure(SourceSpan Span, decimal Value, Unit Unit, int Decimals, bool IsChange);
