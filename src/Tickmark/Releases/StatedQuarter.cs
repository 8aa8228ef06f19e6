using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Releases;

/// <summary>
/// The fiscal quarter a release's own words say it reports: "FIRST QUARTER FISCAL 2004",
/// "Third Quarter of Fiscal 2009", "fiscal 2006 first quarter", "Q1 2007", "Q4 FY2014", or a year-end
/// release ("results for the fiscal year ending September 30, 2004" is the fourth quarter of fiscal 2004).
/// </summary>
/// <param name="Quarter">1-4.</param>
/// <param name="Year">The fiscal year (the calendar year it ends in) when the words name it.</param>
public sealed partial record StatedQuarter(int Quarter, int? Year)
{
    /// <summary>The first quarter <paramref name="text"/> names, or null.</summary>
    public static StatedQuarter? Find(string text)
    {
        var best = (Match?)null;
        foreach (var pattern in Patterns)
            if (pattern.Match(text) is { Success: true } m && (best is null || m.Index < best.Index)) best = m;
        if (best is null) return null;
        int? year = best.Groups["y"].Success ? int.Parse(best.Groups["y"].Value) : null;
        var quarter = best.Groups["q"].Success ? QuarterNumber(best.Groups["q"].Value) : 4;
        if (!best.Groups["q"].Success && best.Groups["end"].Success) year = DateText.FindMonth(best.Groups["end"].Value)?.Year;
        return new StatedQuarter(quarter, year);
    }

    private static int QuarterNumber(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" or "1" => 1,
        "second" or "2nd" or "2" => 2,
        "third" or "3rd" or "3" => 3,
        _ => 4,
    };

    private static readonly Regex[] Patterns = [QuarterThenYear(), FiscalThenQuarter(), QNumber(), YearEnd()];

    [GeneratedRegex(@"\b(?<q>first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+(?:fiscal\s+)?quarter\b(?:\s+(?:and|&)\s+(?:full[\s-]+)?(?:fiscal\s+)?year\b)?(?:\s+(?:of|and|for|results\s+for))?(?:\s+(?:fiscal\s+)?(?:year\s+)?(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterThenYear();

    [GeneratedRegex(@"\bfiscal\s+(?:(?<y>(?:19|20)\d\d)\s+)?(?<q>first|second|third|fourth)\s+quarter\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalThenQuarter();

    [GeneratedRegex(@"\bQ(?<q>[1-4])\b(?:\s*(?:FY\s*|fiscal\s+)?(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex QNumber();

    [GeneratedRegex(@"\bfiscal\s+year\s+(?:ending|ended)\s+(?<end>[A-Za-z]+\.?\s+\d{1,2},\s*(?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearEnd();
}
