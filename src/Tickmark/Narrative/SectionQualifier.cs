using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// The business line a section of prose is about, from its heading: under "Data Center" or "Professional
/// Visualization", "Fourth-quarter revenue was a record $18.4 billion" is that segment's revenue, not the company's.
/// Only a short heading that names a thing counts; the headings that organize a release ("Highlights", "Outlook",
/// "Fourth Quarter Results", "Conference Call", "About NVIDIA") name none.
/// </summary>
public static partial class SectionQualifier
{
    /// <summary>The segment a heading names, or null.</summary>
    public static string? Of(string heading)
    {
        var h = Text.Whitespace.Collapse(heading.AsSpan()).Trim().TrimEnd(':', '.').Trim();
        if (h.Length is < 3 or > 40 || h.Split(' ').Length > 4) return null;
        if (!char.IsUpper(h[0]) || h.Any(char.IsDigit) || Organizing().IsMatch(h)) return null;
        // An all-capitals line is a title or a banner more often than a business line ("FINANCIAL TABLES").
        return h.Any(char.IsLower) ? h : null;
    }

    [GeneratedRegex(@"\b(highlights?|outlook|guidance|results?|summary|overview|review|recap|update|performance|operations|financials?|financial|quarters?|quarterly|years?|annual|fiscal|conference|call|webcast|about|developments?|news|events?|statements?|information|balance|cash|capital|dividends?|returns?|gaap|non-gaap|reconciliation|measures?|forward|looking|safe|harbor|contacts?|media|investors?|relations|notes?|tables?|additional|other|recent|business|company|corporate|management|comments?|commentary|discussion|analysis|strategy|share|shares|repurchases?|liquidity|earnings|income|revenues?|sales|expenses|margins?|tax|taxes|items?|segments?|reportable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Organizing();
}
