using Tickmark.Releases;

namespace Tickmark.Xbrl;

/// <summary>
/// Who filed and for which period, from the document's dei facts: registrant name, trading symbol,
/// exchange, CIK (else the contexts' entity identifier), form type (10-Q, 10-K), the period's end,
/// fiscal year and period focus, and the fiscal year's end month. The facts of the whole
/// document's context are taken first (a context with no dimensions).
/// </summary>
public static class FilingInfoReader
{
    public static ReleaseInfo Read(IEnumerable<XbrlItem> items, IReadOnlyDictionary<string, XbrlContext> contexts)
    {
        var dei = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => XbrlNames.IsDei(i.Concept) && !i.Nil)
                     .OrderBy(i => contexts.TryGetValue(i.ContextRef, out var c) && c.Dimensions.Count == 0 ? 0 : 1))
        {
            var key = item.Concept[4..];
            var text = string.Join(' ', item.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0) dei.TryAdd(key, text);
        }
        var end = dei.TryGetValue("DocumentPeriodEndDate", out var e) ? XbrlDates.Read(e) : null;
        var form = dei.GetValueOrDefault("DocumentType");
        var cik = dei.GetValueOrDefault("EntityCentralIndexKey")
            ?? contexts.Values.Select(c => c.Entity).FirstOrDefault(id => id is not null && id.All(char.IsAsciiDigit));
        return new ReleaseInfo
        {
            Company = dei.GetValueOrDefault("EntityRegistrantName"),
            Ticker = dei.GetValueOrDefault("TradingSymbol")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant(),
            Exchange = dei.GetValueOrDefault("SecurityExchangeName"),
            Cik = cik?.TrimStart('0'),
            FormType = form,
            PeriodOfReport = end,
            Headline = form is null ? null : end is null ? form : $"{form} for the period ended {end:yyyy-MM-dd}",
            FiscalPeriod = Fiscal(dei, end),
        };
    }

    private static FiscalPeriod? Fiscal(Dictionary<string, string> dei, DateOnly? end)
    {
        if (end is not { } e) return null;
        var focus = dei.GetValueOrDefault("DocumentFiscalPeriodFocus")?.Trim().ToUpperInvariant();
        int? quarter = focus switch { "Q1" => 1, "Q2" => 2, "Q3" => 3, "FY" or "Q4" => 4, _ => null };
        if (quarter is not { } q) return null;
        var year = int.TryParse(dei.GetValueOrDefault("DocumentFiscalYearFocus"), out var y) ? y : e.Year;
        var month = dei.TryGetValue("CurrentFiscalYearEndDate", out var fye) ? XbrlDates.MonthOfDay(fye) : null;
        // Without the year-end date: the quarter's end month plus the quarters left in the year (a 52/53-week
        // quarter ending in the first days of a month counts for the month before).
        var quarterEnd = e.Day <= 7 ? e.AddDays(-e.Day) : e;
        return new FiscalPeriod(year, q, e, month ?? (quarterEnd.Month + 3 * (4 - q) - 1) % 12 + 1);
    }
}
