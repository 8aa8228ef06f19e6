using System.Text.RegularExpressions;
using Tickmark.Releases;

namespace Tickmark.Periods;

/// <summary>
/// A column headed by the company's own name for a period rather than by dates: "Q2 FY24",
/// "Fiscal 2014 Q4", "1Q09", "Second Quarter Fiscal 2024", "Fiscal 2013 Total", "Fiscal Year 2023 Low"
/// (one end of a target range). Its dates follow
/// from the release's fiscal calendar: on a month-end calendar quarter q of fiscal year Y ends
/// 3 × (4 - q) months before the year's last month; on a 52/53-week calendar (periods ending on a
/// weekday) it ends 13 weeks per quarter away from the quarter the release reports, so a 53-week
/// year's fourth quarter comes out a week short.
/// </summary>
public static partial class FiscalLabel
{
    /// <summary>
    /// The period a fiscal label names, or null when <paramref name="heading"/> is not one. In a
    /// table of trailing twelve months (<paramref name="trailing"/>) a quarter's column covers the
    /// year that ends with it.
    /// </summary>
    /// <param name="heading">The column heading as printed ("Q2 FY24").</param>
    /// <param name="fiscal">The quarter the release reports, which fixes the company's fiscal calendar.</param>
    /// <param name="trailing">The table gives trailing twelve months.</param>
    /// <param name="weeks">The company keeps a 52/53-week calendar (its dated periods end on weekdays, not month ends); by default, when the quarter reported ends mid-month.</param>
    public static Period? Resolve(string heading, FiscalPeriod fiscal, bool trailing = false, bool? weeks = null)
    {
        if (Parse(heading) is not { } label) return null;
        var yearLong = label.Quarter is null || trailing;
        if (weeks ?? fiscal.End.Day != DateTime.DaysInMonth(fiscal.End.Year, fiscal.End.Month))
        {
            var step = (label.Year * 4 + (label.Quarter ?? 4)) - (fiscal.Year * 4 + fiscal.Quarter);
            var end = fiscal.End.AddDays(7 * 13 * step);
            return Duration.OfWeeks(yearLong ? 52 : 13, end);
        }
        var yearEnd = new DateOnly(label.Year, fiscal.YearEndMonth, DateTime.DaysInMonth(label.Year, fiscal.YearEndMonth));
        if (label.Quarter is not { } q) return Duration.OfMonths(12, yearEnd);
        var quarterEnd = yearEnd.AddMonths(-3 * (4 - q));
        quarterEnd = new DateOnly(quarterEnd.Year, quarterEnd.Month, DateTime.DaysInMonth(quarterEnd.Year, quarterEnd.Month));
        return Duration.OfMonths(yearLong ? 12 : 3, quarterEnd);
    }

    /// <summary>"TRAILING 4-QUARTERS", "trailing twelve months", "TTM", "LTM": figures that each cover a year.</summary>
    public static bool IsTrailing(string title) => Trailing().IsMatch(title);

    [GeneratedRegex(@"\btrailing\b|\bTTM\b|\bLTM\b|last\s+twelve\s+months", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    /// <summary>Fiscal year and quarter (null for the whole year) named by a heading.</summary>
    public static (int Year, int? Quarter)? Parse(string heading)
    {
        var h = heading.Trim();
        if (QuarterFirst().Match(h) is { Success: true } a) return (Year(a.Groups["y"].Value), int.Parse(a.Groups["q"].Value));
        if (YearFirst().Match(h) is { Success: true } b) return (Year(b.Groups["y"].Value), int.Parse(b.Groups["q"].Value));
        if (Ordinal().Match(h) is { Success: true } c) return (Year(c.Groups["y"].Value), OrdinalNumber(c.Groups["o"].Value));
        if (WholeYear().Match(h) is { Success: true } d) return (Year(d.Groups["y"].Value), null);
        // "Fiscal Year 2023" over "Low | High" (a target range): each end of the range is of that period.
        if (RangeEnd().Match(h) is { Success: true, Index: > 0 } r) return Parse(h[..r.Index]);
        // "Q3’04 Actual Rev $m": a quarter's label, then the words of the column under it.
        if (LabelThenWords().Match(h) is { Success: true } e && DateText.FindYears(e.Groups["rest"].Value).Count == 0
            && DateText.FindMonth(e.Groups["rest"].Value) is null)
            return Parse(e.Groups["label"].Value);
        return null;
    }

    [GeneratedRegex(@"\s+(?:low|high|mid(?:point)?|target(?:s)?|range)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeEnd();

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y) : int.Parse(y);

    private static int OrdinalNumber(string o) => o.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };

    [GeneratedRegex(@"^(?<label>(?:Q[1-4]|[1-4]Q)\s*(?:FY|F|Fiscal)?\s*['\u2019]?\s*(?:(?:19|20)\d\d|\d\d))\s+(?<rest>[A-Za-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelThenWords();

    [GeneratedRegex(@"^(?:Q(?<q>[1-4])|(?<q>[1-4])Q)\s*(?:FY|F|Fiscal)?\s*['\u2019]?\s*(?<y>(?:19|20)\d\d|\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterFirst();

    [GeneratedRegex(@"^(?:FY|Fiscal(?:\s+Year)?)\s*['\u2019]?\s*(?<y>(?:19|20)\d\d|\d\d)\s*[-,]?\s*Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearFirst();

    // "Second Quarter Fiscal 2024", "First Quarter 2022", "4th Quarter 2006": a year without "fiscal" is the fiscal year too.
    [GeneratedRegex(@"^(?<o>First|Second|Third|Fourth|1st|2nd|3rd|4th)[\s-]+Quarter\s+(?:of\s+)?(?:Fiscal\s+(?:Year\s+)?|FY\s*)?(?<y>(?:19|20)\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:(?:FY|Fiscal(?:\s+Year)?)\s*['\u2019]?\s*(?<y>(?:19|20)\d\d|\d\d)(?:\s+(?:Total|Full\s+Year|Year))?|Full[\s-]+Year\s+(?:Fiscal\s+)?(?<y>(?:19|20)\d\d))$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYear();
}
