using System.Globalization;
using System.Text.RegularExpressions;

namespace Tickmark.Xbrl;

/// <summary>
/// Dates as dei facts show them under the ixt date formats of every registry version ("September 30,
/// 2023", "Sept. 30, 2023", "09/30/2023", "30 September 2023", "2023-09-30"): read from the text,
/// whichever of these it is.
/// </summary>
public static partial class XbrlDates
{
    private static readonly string[] Patterns =
    [
        "yyyy-MM-dd", "MMMM d yyyy", "MMM d yyyy", "M/d/yyyy", "M/d/yy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "M-d-yyyy", "M.d.yyyy",
    ];

    public static DateOnly? Read(string text)
    {
        var t = Spaces().Replace(text.Replace('\u00a0', ' '), " ").Trim().TrimEnd('.');
        t = t.Replace("Sept.", "Sep", StringComparison.OrdinalIgnoreCase).Replace(".", "", StringComparison.Ordinal);
        t = Spaces().Replace(t.Replace(",", " ", StringComparison.Ordinal), " ").Trim();
        if (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        return DateOnly.TryParseExact(t, Patterns, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    /// <summary>The month of a --MM-DD value ("--09-28" is 9), as CurrentFiscalYearEndDate gives it.</summary>
    public static int? MonthOfDay(string text)
    {
        var m = MonthDay().Match(text);
        if (m.Success) return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return Read(text + " 2000") is { } d ? d.Month : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"--(\d{2})-\d{2}")]
    private static partial Regex MonthDay();
}
