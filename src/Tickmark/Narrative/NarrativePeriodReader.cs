using System.Text.RegularExpressions;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Narrative;

/// <summary>
/// Reads the periods prose names: "for the fourth quarter of 2006", "second quarter of fiscal 2005",
/// "full-year 2006", "for the nine months ended September 30, 2006", "At December 31, 2006", and
/// the relative "same period last year", "the comparable period in 2005". Quarters follow the
/// company's fiscal calendar, taken from its statements.
/// </summary>
public static partial class NarrativePeriodReader
{
    public static List<PeriodPhrase> Find(string text, FiscalPeriod? fiscal)
    {
        var yearEnd = fiscal?.YearEndMonth ?? 12;
        var list = new List<PeriodPhrase>();
        foreach (Match m in Phrase().Matches(text))
        {
            PeriodPhrase? p = null;
            if (m.Groups["qn"].Success)
            {
                var q = Ordinal(m.Groups["qn"].Value);
                var year = int.Parse(m.Groups["qy"].Success ? m.Groups["qy"].Value : m.Groups["qy2"].Value);
                p = new PeriodPhrase(m.Index, m.Length, FiscalQuarter(year, q, yearEnd));
            }
            else if (m.Groups["fy"].Success)
                p = new PeriodPhrase(m.Index, m.Length, FiscalYear(int.Parse(m.Groups["fy"].Value), yearEnd));
            else if (m.Groups["months"].Success || m.Groups["yearEnded"].Success)
            {
                var months = m.Groups["months"].Success ? MonthsWord(m.Groups["months"].Value) : 12;
                if (DateText.FindMonth(m.Groups["date"].Value) is { Year: { } y, Day: var d, Month: var mo } && DateText.TryDate(y, mo, d) is { } end)
                    p = new PeriodPhrase(m.Index, m.Length, Duration.OfMonths(months, end));
            }
            else if (m.Groups["at"].Success)
            {
                if (DateText.FindMonth(m.Groups["atDate"].Value) is { Year: { } y, Day: var d, Month: var mo } && DateText.TryDate(y, mo, d) is { } date)
                    p = new PeriodPhrase(m.Index, m.Length, new Instant(date));
            }
            else if (m.Groups["rel"].Success)
            {
                int? toYear = m.Groups["ry"].Success ? int.Parse(m.Groups["ry"].Value) : null;
                p = new PeriodPhrase(m.Index, m.Length, null, toYear is null ? 1 : null, toYear);
            }
            if (p is not null) list.Add(p);
        }
        return list;
    }

    /// <summary>Quarter <paramref name="quarter"/> of the fiscal year named <paramref name="year"/> (the year it ends in).</summary>
    public static Duration FiscalQuarter(int year, int quarter, int yearEndMonth)
    {
        var fyEnd = new DateOnly(year, yearEndMonth, DateTime.DaysInMonth(year, yearEndMonth));
        var endMonth = new DateOnly(fyEnd.Year, fyEnd.Month, 1).AddMonths(-3 * (4 - quarter));
        var end = new DateOnly(endMonth.Year, endMonth.Month, DateTime.DaysInMonth(endMonth.Year, endMonth.Month));
        return Duration.OfMonths(3, end);
    }

    public static Duration FiscalYear(int year, int yearEndMonth) =>
        Duration.OfMonths(12, new DateOnly(year, yearEndMonth, DateTime.DaysInMonth(year, yearEndMonth)));

    /// <summary>The same kind of period <paramref name="years"/> earlier, or in <paramref name="toYear"/>.</summary>
    public static Period Shift(Period basis, int? years, int? toYear)
    {
        int Back(DateOnly d) => toYear is { } y ? d.Year - y : years ?? 1;
        return basis switch
        {
            Instant i => new Instant(ShiftDate(i.Date, Back(i.Date))),
            Duration d => new Duration(ShiftDate(d.Start, Back(d.End)), ShiftDate(d.End, Back(d.End))),
            _ => basis,
        };
    }

    private static DateOnly ShiftDate(DateOnly d, int years)
    {
        var monthEnd = d.Day == DateTime.DaysInMonth(d.Year, d.Month);
        var shifted = d.AddYears(-years);
        return monthEnd ? new DateOnly(shifted.Year, shifted.Month, DateTime.DaysInMonth(shifted.Year, shifted.Month)) : shifted;
    }

    private static int Ordinal(string w) => w.ToLowerInvariant() switch
    {
        "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4,
    };

    private static int MonthsWord(string w) => w.ToLowerInvariant() switch
    {
        "three" or "3" or "quarter" => 3, "six" or "6" => 6, "nine" or "9" => 9, _ => 12,
    };

    private const string Q = @"(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)";

    [GeneratedRegex(
        Q + @"[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:year\s+)?)(?<qy>(?:19|20)\d\d)"
        + @"|(?<qy2>(?:19|20)\d\d)\s+" + Q + @"[\s-]+quarter"
        + @"|(?:full[\s-]+year|fiscal(?:\s+year)?|the\s+full\s+year\s+(?:of\s+)?|year)\s+(?<fy>(?:19|20)\d\d)\b"
        + @"|(?<fy>(?:19|20)\d\d)\s+full[\s-]+year"
        + @"|(?<months>three|six|nine|twelve|3|6|9|12|quarter)(?:[\s-]+months)?\s+ended\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<yearEnded>(?:fiscal\s+)?year)\s+ended\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|\b(?<at>at|as\s+of)\s+(?<atDate>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<rel>(?:same|comparable|corresponding|prior[\s-]+year|year[\s-]+ago)\s+(?:period|quarter)(?:\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a)\s+(?:year|fiscal\s+year)(?:\s+ago)?|\s+(?:in|of)\s+(?:fiscal\s+)?(?<ry>(?:19|20)\d\d))?|(?:full\s+year|fiscal\s+year)\s+(?<ry>(?:19|20)\d\d)\b(?=\s+(?:and|to)))",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
