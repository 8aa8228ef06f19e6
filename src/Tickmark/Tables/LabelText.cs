using System.Text.RegularExpressions;

namespace Tickmark.Tables;

/// <summary>
/// A row label without the footnote marks printed after it: "Net income (b)", "Diluted(a)",
/// "TOTAL REVENUES (3) (4)", "Basic3", "Total*", "Profit¹". The mark points to a note; it is not
/// part of what the row is, and its digit is no figure.
/// </summary>
public static partial class LabelText
{
    public static string WithoutMarks(string label)
    {
        var text = label.TrimEnd();
        while (true)
        {
            // The text is trimmed, so a mark can only end at its last character: one that ends no mark skips the regex.
            if (text.Length == 0 || !MayEndMark(text[^1])) return text;
            var m = TrailingMark().Match(text);
            if (!m.Success || m.Index == 0) return text;
            text = text[..m.Index].TrimEnd();
        }
    }

    /// <summary>A label whose last one or two digits were printed as a superscript (HTML &lt;sup&gt;, a raised span): without them.</summary>
    public static string WithoutSuperscript(string label)
    {
        var m = TrailingNumber().Match(label);
        return m.Success && m.Index > 0 ? WithoutMarks(label[..m.Index]) : WithoutMarks(label);
    }

    /// <summary>The last character of some <see cref="TrailingMark"/>: ')', '*', a superscript digit, or a digit (\d: any Unicode digit).</summary>
    internal static bool MayEndMark(char c) => c is ')' or '*' or '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2070' and <= '\u2079') || char.IsDigit(c);

    /// <summary>"(1)", "(a)", "(ii)", "*", "¹", or one digit glued to a word's lower-case end ("Basic3").</summary>
    [GeneratedRegex(@"\s*(?:\((?:\d{1,2}|[a-z]{1,2}|[ivx]{1,4})\)|\*+|[\u00B9\u00B2\u00B3\u2070-\u2079]+|(?<=[a-z]{3})\d)$")]
    internal static partial Regex TrailingMark();

    [GeneratedRegex(@"[\s,]*\d{1,2}(?:\s*,\s*\d{1,2})*$")]
    private static partial Regex TrailingNumber();
}
