using Tickmark.Text;

namespace Tickmark.Lines;

/// <summary>
/// One figure as printed in a row: "(1,234)", "12.5%", "-", with the span of the number itself
/// (parentheses and % included, '$' not) and the columns it and its '$' occupy.
/// </summary>
public sealed record NumericCell
{
    public required string Text { get; init; }
    public required SourceSpan Span { get; init; }
    /// <summary>0-based column where the number starts (after any '$').</summary>
    public required int Column { get; init; }
    /// <summary>0-based column where the cell starts, '$' included.</summary>
    public required int OuterColumn { get; init; }
    public int EndColumn => Column + Text.Length;
    /// <summary>The value as printed, sign applied, no scale; null for placeholders such as "n/a".</summary>
    public decimal? Value { get; init; }
    /// <summary>Digits after the decimal point as printed.</summary>
    public int Fraction { get; init; }
    public bool IsPercent { get; init; }
    public bool HasDollar { get; init; }
    /// <summary>A dash standing for nothing (value 0).</summary>
    public bool IsDash { get; init; }
    /// <summary>A plain four-digit number between 1900 and 2099 with nothing around it but a note's
    /// asterisks ("2003*" heads a column whose figures a footnote explains).</summary>
    public bool IsYear => !HasDollar && !IsPercent && Value is >= 1900 and <= 2099 && Fraction == 0 && Text.TrimEnd('*').Length == 4;
}
