using System.Text.RegularExpressions;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Narrative;

/// <summary>
/// The release's own calendar for the periods its prose names: the fiscal quarter it reports and the
/// periods its tables print. A period read from prose ("the year-ago quarter", "fiscal 2024") is
/// moved onto the table's period it stands for when one lies within a week of it (a 52/53-week company
/// ends its quarters on the last Sunday, not the month's last day); a quarter the tables do not print
/// (an outlook's next quarter) is counted in 13-week steps from the reported one on such a calendar.
/// </summary>
public sealed class FiscalCalendar
{
    private readonly List<Period> _known;

    public FiscalCalendar(FiscalPeriod? fiscal, IEnumerable<Period> tablePeriods, int nameOffset = 0)
    {
        Fiscal = fiscal;
        NameOffset = nameOffset;
        _known = tablePeriods.Distinct().ToList();
        Weeks = fiscal is not null && fiscal.End.Day != DateTime.DaysInMonth(fiscal.End.Year, fiscal.End.Month);
    }

    /// <summary>
    /// What to add to a year printed after "fiscal" to get the year the fiscal year ends in: 1 for a company that names
    /// its fiscal years by the year they start in (many retailers: "fiscal 2024" ends on February 1, 2025), else 0.
    /// </summary>
    public int NameOffset { get; }

    /// <summary>
    /// 1 when the text names the reported quarter with the year before the one its fiscal year ends in ("third quarter
    /// of fiscal 2024" for the quarter ended November 2, 2024, of the year ending February 1, 2025) and never names the
    /// year it ends in after "fiscal"; only for years ending in January or February, where that naming is the custom.
    /// </summary>
    public static int DetectNameOffset(FiscalPeriod? fiscal, string text)
    {
        if (fiscal is null || fiscal.YearEndMonth is not (1 or 2)) return 0;
        var ordinal = fiscal.Quarter switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };
        var own = Regex.IsMatch(text, $@"\bfiscal\s+(?:year\s+)?{fiscal.Year}\b", RegexOptions.IgnoreCase);
        var before = Regex.IsMatch(text,
            $@"\b{ordinal}[\s-]+quarter\s+(?:of\s+)?fiscal\s+(?:year\s+)?{fiscal.Year - 1}\b|\bfiscal\s+{fiscal.Year - 1}\s+{ordinal}[\s-]+quarter\b",
            RegexOptions.IgnoreCase);
        return before && !own ? 1 : 0;
    }

    /// <summary>The quarter the release reports; null when its statements do not say.</summary>
    public FiscalPeriod? Fiscal { get; }

    public int YearEndMonth => Fiscal?.YearEndMonth ?? 12;

    /// <summary>The company keeps a 52/53-week calendar: its quarter does not end on a month's last day.</summary>
    public bool Weeks { get; }

    /// <summary>The reported quarter, as its tables print it.</summary>
    public Duration? CurrentQuarter => Fiscal is null ? null : Quarter(Fiscal.Year, Fiscal.Quarter);

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of the fiscal year ending in <paramref name="year"/>.</summary>
    public Duration Quarter(int year, int quarter)
    {
        if (Weeks && Fiscal is { } f)
        {
            var steps = (year - f.Year) * 4 + quarter - f.Quarter;
            var end = f.End.AddDays(91 * steps);
            return Snap(new Duration(end.AddDays(-90), end));
        }
        return Snap(NarrativePeriodReader.FiscalQuarter(year, quarter, YearEndMonth));
    }

    /// <summary>The fiscal year ending in <paramref name="year"/>.</summary>
    public Duration Year(int year)
    {
        if (Weeks && Fiscal is { } f)
        {
            var end = f.End.AddDays(91 * ((year - f.Year) * 4 + 4 - f.Quarter));
            return Snap(new Duration(end.AddDays(-363), end));
        }
        return Snap(NarrativePeriodReader.FiscalYear(year, YearEndMonth));
    }

    /// <summary>The table's period within a week of <paramref name="period"/>, else the period itself.</summary>
    public T Snap<T>(T period) where T : Period
    {
        foreach (var k in _known)
            if (k is T t && k.IsNear(period)) return t;
        return period;
    }

    /// <summary>As <see cref="Snap{T}"/> for a period of either kind.</summary>
    public Period? SnapAny(Period? period) => period switch
    {
        Duration d => Snap(d),
        Instant i => Snap(i),
        _ => period,
    };
}
