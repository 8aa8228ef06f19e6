using System.Text.RegularExpressions;
using Tickmark.Periods;
using Tickmark.Releases;
using Tickmark.Text;

namespace Tickmark.Narrative;

/// <summary>
/// Reads the periods prose names: "for the fourth quarter of 2006", "second quarter of fiscal 2005",
/// "full-year 2006", "for the nine months ended September 30, 2006", "At December 31, 2006", and
/// the relative "same period last year", "the comparable period in 2005". Quarters follow the
/// company's fiscal calendar, taken from its statements.
/// </summary>
public static partial class NarrativePeriodReader
{
    public static List<PeriodPhrase> Find(string text, FiscalCalendar calendar)
    {
        var fiscal = calendar.Fiscal;
        var list = new List<PeriodPhrase>();
        foreach (var m in Phrases(text))
        {
            var p = Read(m, calendar, fiscal);
            if (p is not null) list.Add(p);
        }
        return list;
    }

    /// <summary>
    /// The same matches as <c>Phrase().Matches(text)</c>, but the regex is tried only where a word that can start a
    /// phrase stands: scanning every word start with the whole alternation was a quarter of all extraction time.
    /// </summary>
    internal static IEnumerable<Match> Phrases(string text) =>
        Starts.Matches(AnchoredPhrase(), text);

    // The first word of each branch of Phrase (digits at a word start aside): every branch opens with \b and a word character.
    private static readonly StartWords Starts = new(
        ["first", "second", "third", "fourth", "fiscal", "last", "q1", "q2", "q3", "q4", "full", "the", "year", "three", "six",
         "nine", "twelve", "quarter", "quarterly", "at", "as", "a", "previous", "prior", "preceding", "this", "current",
         "sequential", "immediately", "same", "comparable", "corresponding", "on", "trailing", "past"],
        // The branches that open with these words go on after white space with one of the words given ("the prior fiscal
        // year", "a year ago", "as of", "on a trailing", "this quarter"): most "the"s and "a"s start no phrase.
        before: new Dictionary<string, string[]>
        {
            ["the"] = ["full", "previous", "prior", "preceding", "last", "fiscal", "quarter", "past", "year"],
            ["a"] = ["year"], ["as"] = ["of"], ["on"] = ["a"], ["this"] = ["fiscal", "quarter"], ["current"] = ["fiscal", "quarter"],
        },
        number: YearOrCount);

    /// <summary>
    /// A word of digits opens a phrase only as a year (19xx, 20xx), a count of weeks or months ("13-week",
    /// "6 months"), or an ordinal quarter before a space or hyphen ("2nd quarter"): not "1,234" nor "$6.34".
    /// </summary>
    private static bool YearOrCount(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && !word.ContainsAnyExceptInRange('0', '9')) return true;
        var spaced = end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == '-');
        if (!spaced) return false;
        return word.Length <= 2 && !word.ContainsAnyExceptInRange('0', '9') && CountOf(text, end)
            || word.Length == 3 && (word.Equals("1st", StringComparison.OrdinalIgnoreCase) || word.Equals("2nd", StringComparison.OrdinalIgnoreCase)
                || word.Equals("3rd", StringComparison.OrdinalIgnoreCase) || word.Equals("4th", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the word after the spaces and hyphens at <paramref name="end"/> goes on from a count: "13-week",
    /// "6 months", "3 period", "9 ended", "12 of" (the weeks and months branches); true at a non-ASCII word.
    /// Table figures ("12  15") are most of the one- and two-digit words.
    /// </summary>
    private static bool CountOf(string text, int end)
    {
        var j = end;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || text[j] == '-')) j++;
        var k = j;
        for (; k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] >= 128); k++)
            if (text[k] >= 128) return true;
        return CountWords.Contains(text.AsSpan(j, k - j));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords =
        new HashSet<string>(["week", "weeks", "month", "months", "period", "ended", "ending", "of"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static PeriodPhrase? Read(Match m, FiscalCalendar calendar, FiscalPeriod? fiscal)
    {
        PeriodPhrase At(Period? period) => new(m.Index, m.Length, period);
        var qn = m.Groups["qn"].Success ? Ordinal(m.Groups["qn"].Value) : m.Groups["qd"].Success ? m.Groups["qd"].Value[0] - '0' : 0;
        if (qn > 0)
        {
            int? year = Named(m.Groups["qy"], m, calendar) ?? Named(m.Groups["qy2"], m, calendar)
                // "the fiscal second quarter a year ago"; "the fourth quarter" in a first-quarter release is last year's.
                ?? (fiscal is null ? null : m.Groups["ago"].Success ? fiscal.Year - 1 : qn > fiscal.Quarter ? fiscal.Year - 1 : fiscal.Year);
            return year is { } y ? At(calendar.Quarter(y, qn)) : null;
        }
        if (m.Groups["fy"].Success) return At(calendar.Year(Named(m.Groups["fy"], m, calendar)!.Value));
        if (m.Groups["weeks"].Success && int.Parse(m.Groups["weeks"].Value) is var weeks and >= 4 and <= 53)
            return DateText.FindMonth(m.Groups["date"].Value) is { Year: { } wy, Day: var wd, Month: var wm } && DateText.TryDate(wy, wm, wd) is { } weeksEnd
                ? At(calendar.Snap(new Duration(weeksEnd.AddDays(1 - 7 * weeks), weeksEnd))) : null;
        if (m.Groups["months"].Success || m.Groups["yearEnded"].Success)
        {
            var months = m.Groups["months"].Success ? MonthsWord(m.Groups["months"].Value) : 12;
            return DateText.FindMonth(m.Groups["date"].Value) is { Year: { } y, Day: var d, Month: var mo } && DateText.TryDate(y, mo, d) is { } end
                ? At(calendar.Snap(Duration.OfMonths(months, end))) : null;
        }
        if (m.Groups["at"].Success)
            return DateText.FindMonth(m.Groups["atDate"].Value) is { Year: { } y, Day: var d, Month: var mo } && DateText.TryDate(y, mo, d) is { } date
                ? At(new Instant(date)) : null;
        if (m.Groups["eom"].Success)
            return DateText.FindMonth(m.Groups["eom"].Value + " 1, " + m.Groups["eomYear"].Value) is { Month: var mo } ? At(new Instant(MonthEnd(int.Parse(m.Groups["eomYear"].Value), mo))) : null;
        if (m.Groups["fyEnd"].Success) return At(new Instant(calendar.Year(Named(m.Groups["fyEnd"], m, calendar)!.Value).End));
        if (fiscal is not null)
        {
            if (m.Groups["ytd"].Success) return At(new Duration(calendar.Year(fiscal.Year).Start, calendar.CurrentQuarter!.End));
            if (m.Groups["fullYear"].Success) return At(calendar.Year(fiscal.Year));
            // "For the year, net income was ...": in a fourth-quarter release, the fiscal year it closes; before the fourth
            // quarter the words could mean the year to date or the whole year ahead, so they date nothing.
            if (m.Groups["theYear"].Success) return fiscal.Quarter == 4 ? At(calendar.Year(fiscal.Year)) : null;
            if (m.Groups["ttm"].Success) return calendar.CurrentQuarter is { } q ? At(calendar.Snap(Duration.OfMonths(12, q.End))) : null;
            if (m.Groups["quarter"].Success) return At(calendar.CurrentQuarter);
            if (m.Groups["quarterEnd"].Success) return At(new Instant(calendar.CurrentQuarter!.End));
            // "at year end" in a release of the first three quarters is the last year end the release can report: the year before's.
            if (m.Groups["yearEnd"].Success) return At(new Instant(calendar.Year(fiscal.Quarter < 4 ? fiscal.Year - 1 : fiscal.Year).End));
        }
        if (m.Groups["yago"].Success) return new PeriodPhrase(m.Index, m.Length, null, 1);
        if (m.Groups["prevq"].Success) return new PeriodPhrase(m.Index, m.Length, null, QuarterBack: true);
        if (m.Groups["rel"].Success)
        {
            var toYear = Year(m.Groups["ry"]);
            return new PeriodPhrase(m.Index, m.Length, null, toYear is null ? 1 : null, toYear);
        }
        // "in 2003", "for 2003": the period the sentence is about, in that year.
        if (m.Groups["inYear"].Success) return new PeriodPhrase(m.Index, m.Length, null, ToYear: Year(m.Groups["inYear"]));
        return null;
    }

    private static int? Year(Group g) => g.Success ? int.Parse(g.Value) : null;

    /// <summary>A fiscal year as printed, as the year it ends in (<see cref="FiscalCalendar.NameOffset"/>) when the phrase says "fiscal".</summary>
    private static int? Named(Group g, Match m, FiscalCalendar calendar) =>
        Year(g) is { } y ? y + (calendar.NameOffset != 0 && m.Value.Contains("fiscal", StringComparison.OrdinalIgnoreCase) ? calendar.NameOffset : 0) : null;

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

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
    [GeneratedRegex(PhrasePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Phrase();

    // Phrase tried at one position only (\G): lookbehinds and \b still see the text before it.
    [GeneratedRegex(@"\G" + PhrasePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredPhrase();

    private const string PhrasePattern =
        // "the 2003 earnings for the fourth quarter": the year stands before what the quarter's figure measures.
        @"\b(?:(?<qy>(?:19|20)\d\d)\s+(?:earnings|results|net\s+income|revenues?|sales)\s+for\s+the\s+" + Q + @"[\s-]+(?:fiscal\s+)?quarter\b"
        + @"|" + Q + @"[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:year\s+)?)(?<qy>(?:19|20)\d\d)"
        // "fiscal 2014 Q4", "Q4 fiscal 2014", "Q4 FY2014", "last year's Q4", "Q3".
        + @"|(?:fiscal\s+(?<qy>(?:19|20)\d\d)\s+)?(?<ago>last\s+year[\u2019']s\s+)?Q(?<qd>[1-4])\b(?:\s+(?:fiscal\s+|FY\s?)(?<qy>(?:19|20)\d\d))?"
        + @"|(?<qy2>(?:19|20)\d\d)\s+" + Q + @"[\s-]+quarter"
        + @"|" + Q + @"[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?<ago>a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:prior|previous)\s+(?:fiscal\s+)?year)"
        + @"|" + Q + @"[\s-]+(?:fiscal\s+)?quarter\b(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d|\s+end)"
        + @"|(?:full[\s-]+year|fiscal(?:\s+year)?|the\s+full\s+year\s+(?:of\s+)?|year)\s+(?<fy>(?:19|20)\d\d)\b"
        + @"|(?<fy>(?:19|20)\d\d)\s+full[\s-]+year"
        // "the 39-week fiscal period ended November 2, 2024", "the 13-week quarter ended": a 52/53-week calendar's spans.
        + @"|(?<weeks>\d{1,2})[\s-]+weeks?(?:\s+fiscal)?(?:\s+(?:quarter|period|year))?\s+end(?:ed|ing)\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<months>three|six|nine|twelve|3|6|9|12|quarter)(?:[\s-]+months?)?(?:\s+period)?\s+(?:end(?:ed|ing)|of)\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<yearEnded>(?:fiscal\s+)?year)\s+ended\s+(?<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|\b(?<at>at|as\s+of)\s+(?<atDate>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)"
        + @"|(?<=\b(?:for|in|during)\s)(?<theYear>the\s+(?:fiscal\s+)?year)\b(?![\s-]+(?:ago|earlier|ended|ending|end|before|to|over|\d)|\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:period|quarter))"
        + @"|(?<yago>\ba\s+year\s+(?:ago|earlier)|\b(?:the\s+)?(?:previous|prior|preceding|last)\s+fiscal\s+year|\bprior\s+year\b(?![\s-]+(?:period|quarter|comparable|\d{1,2}[\s-]+weeks?\b)))"
        + @"|\bat\s+the\s+end\s+of\s+(?:fiscal\s+)?(?:year\s+)?(?<fyEnd>(?:19|20)\d\d)"
        + @"|\bat\s+the\s+end\s+of\s+(?<eom>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<eomYear>(?:19|20)\d\d)"
        // "as of the end of the current fiscal year quarter": the quarter's last day, not the year's.
        + @"|\b(?:at|as\s+of)\s+(?<quarterEnd>(?:the\s+)?(?:current\s+)?quarter[\s-]end|the\s+end\s+of\s+the\s+(?:current\s+)?(?:fiscal\s+)?(?:year\s+)?quarter)\b"
        + @"|\b(?:at|as\s+of)\s+(?<yearEnd>(?:the\s+)?(?:fiscal\s+)?year[\s-]end)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"
        + @"|(?<ytd>\byear[\s-]+to[\s-]+date\b)"
        + @"|(?<fullYear>\b(?:the\s+)?(?:full|fiscal)[\s-]+year\b)(?![\s-]+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|\s+end|\s+quarter)"
        + @"|(?<quarter>\b(?:the|this|current)\s+(?:fiscal\s+)?quarter\b(?![\s-]+(?:end|of\b|ago|last))|\bquarterly\b(?!\s+dividend))"
        // "on a trailing twelve-month basis", "over the last twelve months": the twelve months to the quarter's end.
        + @"|(?<ttm>\b(?:on\s+a\s+)?trailing[\s-]+(?:twelve|12)[\s-]+months?(?:\s+basis)?|\b(?:the\s+)?(?:last|past)\s+(?:twelve|12)\s+months)\b(?![\s-]+(?:end|ago))"
        + @"|(?<=\b(?:for|in|during)\s)(?<inYear>(?:19|20)\d\d)\b(?![\s,]+(?:first|second|third|fourth|Q[1-4])\b)"
        + @"|(?<prevq>(?:previous|preceding|prior|sequential|last|immediately\s+preceding)\s+(?:fiscal\s+)?quarter)\b(?!\s+of\b)"
        + @"|(?<rel>(?:same|comparable|corresponding|prior[\s-]+year|year[\s-]+ago)\s+(?:period|quarter)(?:\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a)\s+(?:year|fiscal\s+year)(?:\s+ago)?|\s+(?:in|of)\s+(?:fiscal\s+)?(?<ry>(?:19|20)\d\d))?|(?:full\s+year|fiscal\s+year)\s+(?<ry>(?:19|20)\d\d)\b(?=\s+(?:and|to)))" + ")";
}
