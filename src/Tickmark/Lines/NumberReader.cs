using System.Globalization;

namespace Tickmark.Lines;

/// <summary>Reads one printed figure: "1,234", "(1,234)", "-1.5", "12.5%", "(0.02)", "—".</summary>
public static class NumberReader
{
    /// <summary>The longest token read as a figure ("$(1,234,567,890.12)%" is 20); longer ones are words, never parsed.</summary>
    public const int MaxTokenLength = 40;

    /// <summary>The most digits a figure may have (before and after the point): a printed value times any scale (up to 10^9) stays inside <see cref="decimal"/>'s 28 digits.</summary>
    public const int MaxDigits = 18;

    private static readonly HashSet<string> Dashes = ["-", "--", "---", "\u2014", "\u2013", "\u2014\u2014", "\u2212"];
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase) { "n/a", "na", "nm", "n.m.", "n/m", "*", "**", "nil" };

    public static bool IsDash(string token) => Dashes.Contains(token);

    public static bool IsPlaceholder(string token) => Placeholders.Contains(token);

    /// <summary>True when <paramref name="token"/> could be (part of) a figure in a table row.</summary>
    public static bool IsCellToken(string token) =>
        token is "$" or "(" or ")" or "%" or "$(" || IsDash(token) || IsPlaceholder(token) || TryRead(token, out _, out _, out _);

    /// <summary>
    /// Parses a figure with its sign as printed. <paramref name="fraction"/> is the number of digits
    /// after the point; <paramref name="percent"/> says whether a '%' follows.
    /// </summary>
    public static bool TryRead(string token, out decimal value, out int fraction, out bool percent)
    {
        value = 0; fraction = 0; percent = false;
        if (token.Length > MaxTokenLength) return false;
        var s = token.AsSpan();
        var negative = false;
        // Footnote markers glued to a figure ("1,234*", "1,234(a)") do not change it.
        while (s.Length > 0 && s[^1] == '*') s = s[..^1];
        if (s.Length > 3 && s[^1] == ')' && s[^3] == '(' && char.IsLetter(s[^2])) s = s[..^3];
        if (s.Length > 0 && s[^1] == '%') { percent = true; s = s[..^1]; }
        if (s.Length > 0 && s[0] == '$') s = s[1..];
        if (s.Length > 1 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1]; }
        else if (s.Length > 1 && s[0] == '(') { negative = true; s = s[1..]; }
        else if (s.Length > 1 && s[^1] == ')') return false;
        if (s.Length > 0 && s[^1] == '%') { percent = true; s = s[..^1]; }
        if (s.Length > 0 && s[0] == '$') s = s[1..];
        if (s.Length > 1 && (s[0] == '-' || s[0] == '\u2212' || s[0] == '\u2013')) { negative = !negative; s = s[1..]; }
        if (s.Length > 0 && s[0] == '$') s = s[1..];
        if (s.Length == 0) return false;

        Span<char> digits = stackalloc char[s.Length];
        var n = 0;
        var seenPoint = false;
        var seenDigit = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c)) { digits[n++] = c; seenDigit = true; if (seenPoint) fraction++; }
            else if (c == ',' && !seenPoint && seenDigit && IsGroup(s, i)) continue;
            else if (c == '.' && !seenPoint) { digits[n++] = '.'; seenPoint = true; }
            else return false;
        }
        // "2005." ends a sentence; a figure never ends with its point.
        if (!seenDigit || s[^1] == '.' || n - (seenPoint ? 1 : 0) > MaxDigits) return false;
        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>A thousands comma is followed by exactly three digits.</summary>
    private static bool IsGroup(ReadOnlySpan<char> s, int comma)
    {
        for (var k = 1; k <= 3; k++)
            if (comma + k >= s.Length || !char.IsAsciiDigit(s[comma + k])) return false;
        return comma + 4 == s.Length || !char.IsAsciiDigit(s[comma + 4]);
    }
}
