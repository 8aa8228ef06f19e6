using Tickmark.Text;

namespace Tickmark.Splits;

/// <summary>
/// A stock split a release states in words: <see cref="Numerator"/> new shares for every
/// <see cref="Denominator"/> old ones ("five-for-four": 5 for 4; "one-for-ten reverse": 1 for 10).
/// <see cref="AlreadyAdjusted"/> is true when the release says its own figures reflect the split,
/// false when it announces one still to come, null when it does not say. <see cref="Span"/> covers the words.
/// </summary>
public sealed record StockSplit(int Numerator, int Denominator, string Text, SourceSpan Span, bool? AlreadyAdjusted)
{
    /// <summary>Shares after the split per share before it: a share count is multiplied by this, a per-share figure divided.</summary>
    public decimal Factor => (decimal)Numerator / Denominator;

    /// <summary>"5-for-4"</summary>
    public string Ratio => $"{Numerator}-for-{Denominator}";
}
