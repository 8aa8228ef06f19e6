using System.Globalization;
using System.Text;

namespace Tickmark.Xbrl;

/// <summary>How an inline-XBRL transformation reads a number: which character is the decimal mark, or a fixed value.</summary>
public enum IxNumberRule { DotDecimal, CommaDecimal, Zero, Words, Empty }

/// <summary>
/// The inline-XBRL transformation formats for numbers, across the transformation registries 1 to 5
/// and the SEC's own (ixt and ixt-sec): a format is known by its local name with hyphens dropped,
/// so "num-dot-decimal" (registry 4) and "numdotdecimal" (registry 3) are one rule. A format not
/// listed gives no value, and the reader says so.
/// </summary>
public static class IxFormat
{
    private static readonly Dictionary<string, IxNumberRule> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["numdotdecimal"] = IxNumberRule.DotDecimal, ["numcommadot"] = IxNumberRule.DotDecimal, ["numspacedot"] = IxNumberRule.DotDecimal,
        ["numdotdecimalin"] = IxNumberRule.DotDecimal,
        ["numcommadecimal"] = IxNumberRule.CommaDecimal, ["numdotcomma"] = IxNumberRule.CommaDecimal, ["numspacecomma"] = IxNumberRule.CommaDecimal,
        ["numcomma"] = IxNumberRule.CommaDecimal,
        ["zerodash"] = IxNumberRule.Zero, ["numdash"] = IxNumberRule.Zero, ["fixedzero"] = IxNumberRule.Zero,
        ["numwordsen"] = IxNumberRule.Words, ["numworden"] = IxNumberRule.Words,
        ["nocontent"] = IxNumberRule.Empty, ["fixedempty"] = IxNumberRule.Empty,
    };

    /// <summary>The rule of a format attribute value ("ixt:num-dot-decimal"); null when no format is given means plain xs:decimal text.</summary>
    public static IxNumberRule? RuleOf(string? format)
    {
        if (format is null) return IxNumberRule.DotDecimal;
        var local = format[(format.IndexOf(':') + 1)..].Replace("-", "", StringComparison.Ordinal).Trim();
        return Rules.TryGetValue(local, out var rule) ? rule : null;
    }

    /// <summary>The number the text shows under <paramref name="rule"/>, without sign or scale; null when it shows none.</summary>
    public static decimal? Read(IxNumberRule rule, string text)
    {
        switch (rule)
        {
            case IxNumberRule.Zero: return 0m;
            case IxNumberRule.Empty: return null;
            case IxNumberRule.Words: return NumberWords.Read(text);
        }
        var mark = rule == IxNumberRule.CommaDecimal ? ',' : '.';
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            else if (c == mark) sb.Append('.');
        }
        if (sb.Length == 0) return IsDash(text) ? 0m : null;
        return decimal.TryParse(sb.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>A dash or nothing standing for zero ("—", "-", "–").</summary>
    private static bool IsDash(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(c => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2212');
    }
}
