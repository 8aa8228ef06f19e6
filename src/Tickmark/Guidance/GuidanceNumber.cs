using Tickmark.Text;

namespace Tickmark.Guidance;

/// <summary>
/// One number of a guidance figure as printed: the point, or one end of the range. <see cref="Value"/>
/// is in base units with the sign the words give it ("an expense of approximately $40 million" is
/// -40,000,000; "down 4%" is -4); <see cref="Span"/> covers the number without its '$' (with its '%').
/// </summary>
public sealed record GuidanceNumber(decimal Value, int Decimals, SourceSpan Span);
