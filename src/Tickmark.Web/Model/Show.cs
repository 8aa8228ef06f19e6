using System.Globalization;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Web.Model;

/// <summary>How pages and the report write values, periods and units: invariant culture, base units, every digit kept.</summary>
public static class Show
{
    /// <summary>"6,340,000", "-0.03", "70.5".</summary>
    public static string Value(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>A compact axis label: "6.3M", "-450K", "0.02".</summary>
    public static string Compact(decimal value, Unit unit)
    {
        var a = Math.Abs(value);
        if (unit is Units.Unit.UsdPerShare or Units.Unit.Percent || a < 10_000) return value.ToString("#,0.##", CultureInfo.InvariantCulture) + (unit == Units.Unit.Percent ? "%" : "");
        return a >= 1_000_000_000 ? (value / 1_000_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "B"
            : a >= 1_000_000 ? (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M"
            : (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "K";
    }

    /// <summary>"2006-10-01 to 2006-12-31", "at 2006-12-31", or "no period".</summary>
    public static string Period(Period? period) => period switch
    {
        Duration d => $"{Date(d.Start)} to {Date(d.End)}",
        Instant i => $"at {Date(i.Date)}",
        _ => "no period",
    };

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "";

    /// <summary>"USD", "USD per share", "shares", "percent", "pure number".</summary>
    public static string Unit(Unit unit) => unit switch
    {
        Units.Unit.Usd => "USD",
        Units.Unit.UsdPerShare => "USD per share",
        Units.Unit.Shares => "shares",
        Units.Unit.Percent => "percent",
        _ => "pure number",
    };

    /// <summary>"99.7%" of a company's checks passing (or agreeing within rounding), its own and cross-release ones; "100%" only when none fails.</summary>
    public static string Share(Store.Reading.CompanySummary company) => company.CheckPassText;

    /// <summary>A fiscal period as analysts write it: "Q4 FY2006", "FY2006", "Q1-Q3 FY2006" (a balance: the quarter it closes).</summary>
    public static string Fiscal(Tickmark.Series.FiscalSlot slot) =>
        slot.IsFullYear ? $"FY{slot.Year}" : slot.IsInstant || slot.First == slot.Last ? $"Q{slot.Last} FY{slot.Year}" : $"Q{slot.First}-Q{slot.Last} FY{slot.Year}";

    public static string Int(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
