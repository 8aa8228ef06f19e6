using System.Text.RegularExpressions;
using Tickmark.Lines;
using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// Reads a table cell's text: a figure ("1,234", "$ (1,234)", "12.5%", "&amp;#151;"), a '$' or ')'
/// printed in a cell of its own, or words. A footnote mark after a figure ("1,234 (a)") is not part of it.
/// Percentage points printed in a cell after the figure ("(1.8" then "pts)", Caterpillar's margins) are
/// percent, as "Down 2.1 pts" is.
/// </summary>
public static partial class CellReader
{
    private static readonly HashSet<string> Prefixes = ["$", "(", "$(", "($", "$ (", "( $"];
    private static readonly HashSet<string> Suffixes = [")", "%", ")%", "%)", ") %", "% )"];

    public static CellKind Classify(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return CellKind.Empty;
        if (PointsSuffix().IsMatch(t)) return CellKind.Suffix;
        // Words: no figure starts with a letter (placeholders such as "n/a" and changes such as "Up 15%" aside).
        if (char.IsLetter(t[0]) && t.Length > 4 && !Direction().IsMatch(t)) return CellKind.Text;
        if (Prefixes.Contains(t)) return CellKind.Prefix;
        if (Suffixes.Contains(t)) return CellKind.Suffix;
        return Figure(t) is not null ? CellKind.Number : CellKind.Text;
    }

    /// <summary>Where the figure stands in <paramref name="text"/> (after any '$', before any footnote mark) and how it reads with spaces taken out.</summary>
    public static (int Start, int End, string Printed)? Figure(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '$')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == end) return null;
        // A change told in words ("Up 15%", "Down 2.1 pts"): the figure is the number, its sign the word's.
        var sign = "";
        var points = false;
        if (Direction().Match(text, start, end - start) is { Success: true } d)
        {
            if (d.Groups["down"].Success) sign = "-";
            start += d.Length;
            if (Points().Match(text, start, end - start) is { Success: true } p)
            {
                end = p.Index;
                points = true;
            }
        }
        // A footnote mark after the figure: "1,234 (a)", "1,234 (1)", "1,234*".
        var last = text[end - 1];
        var foot = last is ')' or '*' or ']' ? Footnote().Match(text, start, end - start) : System.Text.RegularExpressions.Match.Empty;
        if (foot.Success && foot.Index > start)
        {
            end = foot.Index;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        }
        var printed = Compact(text.AsSpan(start, end - start));
        if (printed.Length == 0 || printed.Length > 24) return null;
        if (sign.Length > 0 || points)
        {
            // Percentage points are read as percent: the change of a margin printed in %.
            if (NumberReader.IsDash(printed) || !NumberReader.TryRead(printed, out var v, out _, out _) || v < 0) return null;
            return (start, end, sign + printed + (points && !printed.EndsWith('%') ? "%" : ""));
        }
        if (NumberReader.IsDash(printed) || NumberReader.IsPlaceholder(printed)) return (start, end, printed);
        return NumberReader.TryRead(printed, out _, out _, out _) ? (start, end, printed) : null;
    }

    /// <summary>A figure cell read into a <see cref="NumericCell"/>, with '(' and '$' printed in cells of their own before it and ')' or '%' after it.</summary>
    public static NumericCell Read(HtmlCell cell, string prefix, HtmlCell? suffix, int column, int outerColumn)
    {
        var text = cell.Text;
        var (start, end, printed) = Figure(text.Text)!.Value;
        var span = text.SourceOf(start, end - start);
        var shown = text.Text[start..end];
        if (suffix is not null)
        {
            var s = suffix.Text.Text.Trim();
            printed += PointsSuffix().IsMatch(s) ? PointsWord().Replace(s, "").Replace(" ", "") + "%" : s.Replace(" ", "");
            shown += s;
            var suffixSpan = suffix.Text.Source;
            span = SourceSpan.FromBounds(span.Start, Math.Max(span.End, suffixSpan.End));
        }
        if (prefix.Contains('(') && !printed.StartsWith('(')) printed = "(" + printed;
        var dollar = prefix.Contains('$') || text.Text.AsSpan(0, start).Contains('$');
        var numeric = new NumericCell { Text = shown, Span = span, Column = column, OuterColumn = outerColumn, HasDollar = dollar };
        if (NumberReader.IsDash(printed)) return numeric with { Value = 0m, IsDash = true };
        if (NumberReader.TryRead(printed, out var value, out var fraction, out var percent))
            return numeric with { Value = value, Fraction = fraction, IsPercent = percent };
        return numeric;
    }

    private static string Compact(ReadOnlySpan<char> s)
    {
        // A cell's figure is short; a long run of text is copied on the heap, never the stack.
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    [GeneratedRegex(@"\G(?:(?<up>up|increased?)|(?<down>down|decreased?))\s+(?=[$\d.])", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\s*(?:pts?|points?|ppts?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Points();

    /// <summary>"pts)", "ppts", "points)" in a cell of its own after a figure.</summary>
    [GeneratedRegex(@"^(?:pts?|ppts?|points?)\.?\s*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PointsSuffix();

    [GeneratedRegex(@"(?:pts?|ppts?|points?)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex PointsWord();

    [GeneratedRegex(@"\s*(\(\s*[0-9a-zA-Z]{1,2}\s*\)|\*{1,3}|\[\d{1,2}\])\s*$")]
    private static partial Regex Footnote();
}
