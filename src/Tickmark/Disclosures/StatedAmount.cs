using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Disclosures;

/// <summary>
/// An amount printed in words about an event or an outlook: <see cref="Value"/> in base units
/// (dollars, dollars per share, shares, percent as printed: 23 for "23%"; basis points as
/// percent: 50 basis points is 0.5), <see cref="Decimals"/> the printed precision in base units
/// (-7 for "$6.5 billion"), <see cref="Text"/> as printed, <see cref="Span"/> where.
/// </summary>
public sealed record StatedAmount(decimal Value, Unit Unit, int Decimals, string Text, SourceSpan Span);
