using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Guidance;

/// <summary>
/// Reads the future period an outlook names, on the release's fiscal calendar: "the first quarter
/// of fiscal 2025", "the second fiscal quarter of 2011", "Q3 FY2026", "full year fiscal 2026",
/// "fiscal 2015", "the fiscal year" (the one reported), "March 2005 quarter", "the fourth quarter" (the next one of that number after
/// the reported quarter), "next quarter". Null when the text names none.
/// </summary>
public static partial class GuidancePeriodReader
{
    public static GuidancePeriod? Find(string text, GuidanceCalendar calendar)
    {
        var m = Phrase().Match(text);
        if (!m.Success) return null;
        var fiscal = calendar.Fiscal;
        int year, quarter;
        if (m.Groups["q"].Success || m.Groups["qd"].Success)
        {
            quarter = m.Groups["q"].Success ? Array.IndexOf(Ordinals, m.Groups["q"].Value.ToLowerInvariant()) + 1 : m.Groups["qd"].Value[0] - '0';
            if (m.Groups["y"].Success) year = Year(m.Groups["y"].Value);
            else if (fiscal is null) return null;
            else year = quarter > fiscal.Quarter ? fiscal.Year : fiscal.Year + 1;
        }
        else if (m.Groups["fy"].Success) (year, quarter) = (Year(m.Groups["fy"].Value), 0);
        else if (m.Groups["thisYear"].Success)
        {
            if (fiscal is null) return null;
            (year, quarter) = (fiscal.Year, 0);
        }
        else if (m.Groups["mon"].Success)
        {
            var month = DateTime.ParseExact(m.Groups["mon"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
            var calendarYear = int.Parse(m.Groups["my"].Value, CultureInfo.InvariantCulture);
            var yearEnd = calendar.YearEndMonth;
            year = month > yearEnd ? calendarYear + 1 : calendarYear;
            quarter = 4 - (yearEnd - month + 12) % 12 / 3;
        }
        else if (fiscal is null) return null;
        else (year, quarter) = fiscal.Quarter == 4 ? (fiscal.Year + 1, 1) : (fiscal.Year, fiscal.Quarter + 1);
        return Of(year, quarter, calendar);
    }

    /// <summary>The quarter after the one the release reports, or null when the release does not say which it reports.</summary>
    public static GuidancePeriod? Next(GuidanceCalendar calendar) =>
        calendar.Fiscal is { } f ? Of(f.Quarter == 4 ? f.Year + 1 : f.Year, f.Quarter == 4 ? 1 : f.Quarter + 1, calendar) : null;

    private static GuidancePeriod Of(int year, int quarter, GuidanceCalendar calendar)
    {
        var d = calendar.Period(year, quarter);
        return new GuidancePeriod(year, quarter, d.Start, d.End);
    }

    private static int Year(string digits)
    {
        var y = int.Parse(digits, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    [GeneratedRegex(@"\b(?<q>first|second|third|fourth)\s+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?<y>(?:19|20)\d\d)\b)?"
        + @"|\bQ(?<qd>[1-4])\s*(?:FY|fiscal\s*)?'?(?<y>(?:19|20)\d\d|\d\d)\b"
        + @"|\b(?:full[-\s]year|fiscal\s+year|full\s+fiscal\s+year|fiscal)\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?<fy>(?:19|20)\d\d)\b"
        + @"|\b(?<thisYear>(?:full|fiscal|full\s+fiscal)[-\s]year)\b"
        + @"|\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<my>(?:19|20)\d\d)\s+quarter\b"
        + @"|\b(?<next>next|coming|current|upcoming)\s+(?:fiscal\s+)?quarter\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
