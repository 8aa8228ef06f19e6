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
                int? year = m.Groups["qy"].Success ? int.Parse(m.Groups["qy"].Value) : m.Groups["qy2"].Success ? int.Parse(m.Groups["qy2"].Value)
                    // "the fiscal second quarter a year ago"; "the fourth quarter" in a first-quarter release is last year's.
                    : fiscal is null ? null : m.Groups["ago"].Success ? fiscal.Year - 1 : q > fiscal.Quarter ? fiscal.Year - 1 : fiscal.Year;
                if (year is { } y) p = new PeriodPhrase(m.Index, m.Length, FiscalQuarter(y, q, yearEnd));
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
            else if (m.Groups["fyEnd"].Success)
                p = new PeriodPhrase(m.Index, m.Length, new Instant(FiscalYear(int.Parse(m.Groups["fyEnd"].Value), yearEnd).End));
            else if (m.Groups["ytd"].Success || m.Groups["fullYear"].Success)
            {
                if (fiscal is not null)
                {
                    var year = FiscalYear(fiscal.Year, yearEnd);
                    p = new PeriodPhrase(m.Index, m.Length, m.Groups["ytd"].Success ? new Duration(year.Start, fiscal.End) : year);
                }
            }
            else if (m.Groups["yago"].Success)
                p = new PeriodPhrase(m.Index, m.Length, null, 1);
            else if (m.Groups["prevq"].Success)
                p = new PeriodPhrase(m.Index, m.Length, null, QuarterBack: true);
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

    /// <summary>The quarter before a quarter: three months earlier, or 13 weeks earlier in a week calendar.</summary>
    public static Period PreviousQuarter(Period basis)
    {
        if (basis is not Duration d) return basis;
        var monthEnd = d.End.Day == DateTime.DaysInMonth(d.End.Year, d.End.Month);
        if (!monthEnd) return new Duration(d.Start.AddDays(-91), d.End.AddDays(-91));
        var end = d.End.AddMonths(-3);
        end = new DateOnly(end.Year, end.Month, DateTime.DaysInMonth(end.Year, end.Month));
        return Duration.OfMonths(3, end);
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

    // Every phrase starts at a word: the leading \b lets the engine skip the other positions (4x faster).
    [GeneratedRegex(
        @"\b(?:" + Q + @"[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:year\s+)?)(?<qy>(?:19|20)\d\d)"
        + @"|(?<qy2>(?:19|20)\d\d)\s+" + Q + @"[\s-]+quarter"
        + @"|" + Q + @"[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?<ago>a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:prior|previous)\s+(?:fiscal\s+)?year)"
        + @"|" + Q + @"[\s-]+(?:fiscal\s+)?quarter\b(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d|\s+end)"
        + @"|(?:full[\s-]+year|fiscal(?:\s+year)?|the\s+full\s+year\s+(?:of\s+)?|year)\s+(?<fy>(?:19|20)\d\d)\b"
        + @"|(?<fy>(?:19|20)\d\d)\s+full[\s-]+year"
        + @"|(?<months>three|six|nine|twelve|3|6|9|12|quarter)(?:[\s-]+months?)?(?:\s+period)?\s+end(?:ed|ing)\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<yearEnded>(?:fiscal\s+)?year)\s+ended\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|\b(?<at>at|as\s+of)\s+(?<atDate>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<yago>\ba\s+year\s+(?:ago|earlier)|\b(?:the\s+)?(?:previous|prior|preceding|last)\s+fiscal\s+year|\bprior\s+year\b(?![\s-]+(?:period|quarter|comparable)))"
        + @"|\bat\s+the\s+end\s+of\s+(?:fiscal\s+)?(?:year\s+)?(?<fyEnd>(?:19|20)\d\d)"
        + @"|(?<ytd>\byear[\s-]+to[\s-]+date\b)"
        + @"|(?<fullYear>\b(?:the\s+)?(?:full|fiscal)[\s-]+year\b)(?![\s-]+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|\s+end)"
        + @"|(?<prevq>(?:previous|preceding|prior|sequential|immediately\s+preceding)\s+(?:fiscal\s+)?quarter)\b(?!\s+of\b)"
        + @"|(?<rel>(?:same|comparable|corresponding|prior[\s-]+year|year[\s-]+ago)\s+(?:period|quarter)(?:\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a)\s+(?:year|fiscal\s+year)(?:\s+ago)?|\s+(?:in|of)\s+(?:fiscal\s+)?(?<ry>(?:19|20)\d\d))?|(?:full\s+year|fiscal\s+year)\s+(?<ry>(?:19|20)\d\d)\b(?=\s+(?:and|to)))" + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
