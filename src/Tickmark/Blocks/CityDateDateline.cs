using System.Text.RegularExpressions;

namespace Tickmark.Blocks;

/// <summary>
/// A dateline without a wire service: the city, then the date, then the release
/// ("ENGLEWOOD CLIFFS, NJ, February 11, 2004 -- Asta Funding", "BELLINGHAM, WA - January 19, 2006 - Horizon",
/// "CUPERTINO, California—January 18, 2011—Apple", "REDWOOD SHORES, Calif., June 19, 2014 — Oracle").
/// </summary>
public static partial class CityDateDateline
{
    /// <summary>The dateline at the start of <paramref name="text"/> (spaces collapsed), or a failed match; groups "city", "date", "rest".</summary>
    public static Match Match(string text) => Pattern().Match(text);

    public static bool IsMatch(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^(?<city>[A-Z][A-Za-z .,'&-]{2,60}?)\s*(?:,|[\u2014\u2013-]{1,2})\s*(?<date>(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2},\s*(?:19|20)\d\d)\s*[\u2014\u2013-]{1,2}\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
