using System.Globalization;
using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>Reads the few inline-style properties a release's layout speaks through: indents, rules, alignment, hiding.</summary>
public static class CssStyle
{
    /// <summary>The value of <paramref name="property"/> in the element's style attribute, lower case, or null.</summary>
    public static string? Get(IElement element, string property)
    {
        var style = element.GetAttribute("style");
        if (style is null || style.IndexOf(property, StringComparison.OrdinalIgnoreCase) < 0) return null;
        string? found = null;
        var span = style.AsSpan();
        while (span.Length > 0)
        {
            var semi = span.IndexOf(';');
            var part = semi < 0 ? span : span[..semi];
            span = semi < 0 ? [] : span[(semi + 1)..];
            var colon = part.IndexOf(':');
            if (colon < 0) continue;
            // The last declaration of a property wins, as in CSS.
            if (part[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase))
                found = part[(colon + 1)..].Trim().ToString().ToLowerInvariant();
        }
        return found;
    }

    /// <summary>A length in em (1em = 10pt = 13.3px, the size releases are set in); 0 when absent or unreadable.</summary>
    public static double LengthEm(string? value)
    {
        if (string.IsNullOrEmpty(value)) return 0;
        var v = value.Split(' ')[0];
        var unitAt = 0;
        while (unitAt < v.Length && (char.IsAsciiDigit(v[unitAt]) || v[unitAt] is '.' or '-' or '+')) unitAt++;
        if (!double.TryParse(v.AsSpan(0, unitAt), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return 0;
        return v[unitAt..] switch
        {
            "em" or "rem" => n,
            "pt" => n / 10,
            "px" or "" => n / 13.3,
            "in" => n * 7.2,
            "cm" => n * 2.835,
            "mm" => n * 0.2835,
            "pc" => n * 1.2,
            "ex" or "ch" => n / 2,
            _ => 0,
        };
    }

    /// <summary>The left indent an element gives its text: margin, padding and first-line indent together.</summary>
    public static double IndentEm(IElement element) =>
        LengthEm(Get(element, "margin-left")) + LengthEm(Get(element, "padding-left")) + LengthEm(Get(element, "text-indent"));

    /// <summary>A visible border on the given side ("top" or "bottom").</summary>
    public static bool HasBorder(IElement element, string side)
    {
        var top = side == "top";
        if (element.GetAttribute("style") is not { } s || s.IndexOf(top ? "border-top" : "border-bottom", StringComparison.OrdinalIgnoreCase) < 0) return false;
        var v = Get(element, top ? "border-top" : "border-bottom");
        if (v is not null) return IsVisible(v);
        var style = Get(element, top ? "border-top-style" : "border-bottom-style");
        return style is not null && IsVisible(style) && Get(element, top ? "border-top-width" : "border-bottom-width") is not ("0" or "0px" or "0pt");
    }

    private static bool IsVisible(string v) =>
        !v.Contains("none") && !v.Contains("hidden") && v != "0" && !v.StartsWith("0px") && !v.StartsWith("0pt") && !v.StartsWith("0 ");

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("style") is not { } style || (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))) return false;
        var display = Get(element, "display");
        if (display == "none") return true;
        return Get(element, "visibility") == "hidden";
    }

    /// <summary>
    /// The cell's words end in a superscript: a &lt;sup&gt;, or an element raised by
    /// "vertical-align: super" or "position: relative; top: -3pt" (the footnote mark after "Profit").
    /// </summary>
    public static bool EndsRaised(IElement cell)
    {
        INode? last = cell;
        while (last is IElement e && e.LastChild is { } child)
        {
            last = child;
            while (last is IText t && string.IsNullOrWhiteSpace(t.Data) && last.PreviousSibling is { } before) last = before;
        }
        for (var n = last?.Parent as IElement; n is not null && n != cell; n = n.ParentElement)
            if (n.LocalName == "sup" || Get(n, "vertical-align") is "super" || (Get(n, "position") == "relative" && Get(n, "top")?.StartsWith('-') == true))
                return true;
        return false;
    }

    public static bool IsCentered(IElement element) =>
        Get(element, "text-align") == "center" || string.Equals(element.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase);
}
