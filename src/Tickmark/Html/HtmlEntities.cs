using AngleSharp.Html;

namespace Tickmark.Html;

/// <summary>
/// Decodes the character reference at an offset of raw HTML the way an HTML parser does: named
/// references (with or without ';' for the legacy ones), decimal and hexadecimal references, and
/// 128-159 read as Windows-1252 ("&amp;#151;" is an em dash).
/// </summary>
public static class HtmlEntities
{
    private static readonly string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The characters the reference at <paramref name="i"/> stands for and its length in the source; null when it is a literal '&amp;'.</summary>
    public static (string Value, int Length)? Decode(string raw, int i)
    {
        if (i + 1 >= raw.Length) return null;
        return raw[i + 1] == '#' ? Numeric(raw, i) : Named(raw, i);
    }

    private static (string, int)? Numeric(string raw, int i)
    {
        var k = i + 2;
        var hex = k < raw.Length && raw[k] is 'x' or 'X';
        if (hex) k++;
        var start = k;
        // Every digit belongs to the reference, as an HTML parser reads it; past U+10FFFF the value stays out of range.
        var code = 0;
        while (k < raw.Length && (hex ? char.IsAsciiHexDigit(raw[k]) : char.IsAsciiDigit(raw[k])))
        {
            code = Math.Min(0x110000, code * (hex ? 16 : 10) + (hex ? Convert.ToInt32(raw[k].ToString(), 16) : raw[k] - '0'));
            k++;
        }
        if (k == start) return null;
        if (k < raw.Length && raw[k] == ';') k++;
        string value;
        if (code is >= 0x80 and <= 0x9F) value = Windows1252[code - 0x80].ToString();
        else if (code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) value = "\uFFFD";
        else value = char.ConvertFromUtf32(code);
        return (value, k - i);
    }

    /// <summary>The references releases use most, looked up without allocating.</summary>
    private static readonly Dictionary<string, string> Common = new()
    {
        ["nbsp"] = "\u00A0", ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["mdash"] = "\u2014",
        ["ndash"] = "\u2013", ["rsquo"] = "\u2019", ["lsquo"] = "\u2018", ["rdquo"] = "\u201D", ["ldquo"] = "\u201C", ["reg"] = "\u00AE",
        ["trade"] = "\u2122", ["copy"] = "\u00A9", ["bull"] = "\u2022", ["middot"] = "\u00B7", ["sect"] = "\u00A7", ["hellip"] = "\u2026",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private static (string, int)? Named(string raw, int i)
    {
        var k = i + 1;
        while (k < raw.Length && char.IsAsciiLetterOrDigit(raw[k]) && k - i < 40) k++;
        if (k == i + 1) return null;
        if (k < raw.Length && raw[k] == ';' && CommonLookup.TryGetValue(raw.AsSpan(i + 1, k - i - 1), out var common)) return (common, k + 1 - i);
        var resolver = HtmlEntityProvider.Resolver;
        if (k < raw.Length && raw[k] == ';' && resolver.GetSymbol(raw.Substring(i + 1, k - i)) is { } full)
            return (full, k + 1 - i);
        // Legacy references such as "&nbsp" or "&amp" may go without ';': the longest that is one.
        for (var end = Math.Min(k, i + 7); end > i + 1; end--)
            if (resolver.GetSymbol(raw.Substring(i + 1, end - i - 1)) is { } legacy)
                return (legacy, end - i);
        return null;
    }
}
