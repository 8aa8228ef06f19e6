using System.Text.RegularExpressions;

namespace Tickmark.Periods;

/// <summary>Dates and period lengths as releases print them: "Dec. 31, 2006", "December 31,", "2005", "three and twelve months", "Thirteen weeks".</summary>
public static partial class DateText
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>1-12 for a month name or abbreviation ("Sept.", "December"), else 0.</summary>
    public static int MonthNumber(string name)
    {
        var n = name.Trim('.').ToLowerInvariant();
        if (n.Length < 3) return 0;
        for (var i = 0; i < 12; i++)
            if (n.StartsWith(MonthNames[i], StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    /// <summary>The first month (with day and year where printed) in <paramref name="text"/>.</summary>
    public static (int Month, int? Day, int? Year, int Index)? FindMonth(string text)
    {
        var m = MonthDate().Match(text);
        var n = NumericDate().Match(text);
        if (n.Success && (!m.Success || n.Index < m.Index))
        {
            var y = int.Parse(n.Groups["y"].Value);
            if (y < 100) y += y >= 50 ? 1900 : 2000;
            return (int.Parse(n.Groups["m"].Value), int.Parse(n.Groups["d"].Value), y, n.Index);
        }
        if (!m.Success) return null;
        var month = MonthNumber(m.Groups["m"].Value);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : null;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        return (month, day, year, m.Index);
    }

    /// <summary>Every month printed in <paramref name="text"/> with its day and year where printed, in order ("June 30, 2007 and July 1, 2006" gives two).</summary>
    public static List<(int Month, int? Day, int? Year)> FindMonths(string text) =>
        MonthDate().Matches(text).Select(m => (MonthNumber(m.Groups["m"].Value),
            m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : (int?)null,
            m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : (int?)null)).ToList();

    /// <summary>Every four-digit year 1950-2099 printed in <paramref name="text"/>, in order.</summary>
    public static List<int> FindYears(string text) =>
        Year().Matches(text).Select(m => int.Parse(m.Value)).Where(y => y is >= 1950 and <= 2099).ToList();

    /// <summary>
    /// Lengths named in the text, in order: months (3, 12) or weeks (13, 52). "three and twelve
    /// months" gives two; "quarter" is 3 months and "year" 12.
    /// </summary>
    public static List<(int Count, bool Weeks)> FindLengths(string text)
    {
        var list = new List<(int, bool)>();
        foreach (Match m in Lengths().Matches(text))
        {
            if (m.Groups["unit"].Success)
            {
                var weeks = m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase);
                foreach (Capture c in m.Groups["n"].Captures)
                    if (NumberWord(c.Value) is { } n) list.Add((n, weeks));
            }
            else if (m.Groups["q"].Success) list.Add((3, false));
            else if (m.Groups["h"].Success) list.Add((6, false));
            else if (m.Groups["yr"].Success) list.Add((12, false));
        }
        return list;
    }

    private static int? NumberWord(string word) => word.ToLowerInvariant().Replace('-', ' ') switch
    {
        "one" or "1" => 1, "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, "five" or "5" => 5, "six" or "6" => 6,
        "seven" or "7" => 7, "eight" or "8" => 8, "nine" or "9" => 9, "ten" or "10" => 10, "eleven" or "11" => 11,
        "twelve" or "12" => 12, "thirteen" or "13" => 13, "fourteen" or "14" => 14, "twenty six" or "26" => 26,
        "twenty seven" or "27" => 27, "thirty nine" or "39" => 39, "forty" or "40" => 40, "fifty two" or "52" => 52,
        "fifty three" or "53" => 53, "twenty four" or "24" => 24, "twenty eight" or "28" => 28, "sixteen" or "16" => 16,
        _ => null,
    };

    public static DateOnly? TryDate(int year, int month, int? day)
    {
        if (month is < 1 or > 12 || year is < 1900 or > 2100) return null;
        var last = DateTime.DaysInMonth(year, month);
        var d = day ?? last;
        if (d < 1 || d > last) return null;
        return new DateOnly(year, month, d);
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?<m>Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?(?![A-Za-z])(\s+(?<d>\d{1,2})(?!\d))?(,?\s*(?<y>(19|20)\d\d)(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDate();

    /// <summary>"3/31/05", "12/31/2004".</summary>
    [GeneratedRegex(@"(?<![\d/])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])/(?<y>(19|20)\d\d|\d\d)(?![\d/])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    private const string Num = @"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|sixteen|twenty[- ](four|six|seven|eight)|thirty[- ]nine|forty|fifty[- ](two|three))";

    [GeneratedRegex(@"\b(?<n>" + Num + @")(\s*(,|and|&|or)\s*(?<n>" + Num + @"))*[- ]+(?<unit>months?|weeks?)\b|\b(?<q>quarters?)\b|\b(?<h>half[- ]year|first half|second half)\b|\b(?<yr>(fiscal\s+)?years?|annual|full[- ]year)\s+(ended|ending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lengths();
}
