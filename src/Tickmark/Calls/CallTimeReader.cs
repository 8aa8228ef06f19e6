using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Calls;

/// <summary>
/// Reads the times and dates of a call announcement: "10 a.m.", "2:00 p.m. ET", "11:00 a.m. Eastern
/// Standard Time", "2 p.m. Pacific time", "noon ET", with "today", "tomorrow" or a printed date
/// ("on February 16, 2007"; a date without a year takes the release's year).
/// </summary>
public static partial class CallTimeReader
{
    /// <summary>Zone words as printed, to the zone they name.</summary>
    private static readonly (string Prefix, string Zone)[] Zones =
    [
        ("eastern", "ET"), ("est", "ET"), ("edt", "ET"), ("et", "ET"),
        ("central", "CT"), ("cst", "CT"), ("cdt", "CT"), ("ct", "CT"),
        ("mountain", "MT"), ("mst", "MT"), ("mdt", "MT"), ("mt", "MT"),
        ("pacific", "PT"), ("pst", "PT"), ("pdt", "PT"), ("pt", "PT"),
        ("gmt", "GMT"), ("utc", "UTC"),
    ];

    /// <summary>The first time of day in the text, with its zone when one is printed beside it.</summary>
    public static (TimeOnly Time, string? Zone)? FirstTime(string text)
    {
        var m = TimeOfDay().Match(text);
        if (!m.Success) return null;
        TimeOnly time;
        if (m.Groups["noon"].Success) time = new TimeOnly(12, 0);
        else
        {
            var h = int.Parse(m.Groups["h"].Value);
            var min = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : 0;
            if (h is < 1 or > 12 || min > 59) return null;
            var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            time = new TimeOnly(h % 12 + (pm ? 12 : 0), min);
        }
        return (time, m.Groups["z"].Success ? ZoneOf(m.Groups["z"].Value) : null);
    }

    /// <summary>Every zone printed in the text, in order.</summary>
    public static IEnumerable<string> ZonesIn(string text) =>
        TimeOfDay().Matches(text).Where(m => m.Groups["z"].Success).Select(m => ZoneOf(m.Groups["z"].Value));

    /// <summary>The day the text names: a printed date, else "today" or "tomorrow" counted from the release's date.</summary>
    public static DateOnly? DateIn(string text, DateOnly? releaseDate)
    {
        foreach (var (month, day, year) in DateText.FindMonths(text))
        {
            if (day is null) continue;
            var y = year ?? releaseDate?.Year;
            if (y is { } yy && DateText.TryDate(yy, month, day) is { } d) return d;
        }
        if (releaseDate is not { } release) return null;
        if (Tomorrow().IsMatch(text)) return release.AddDays(1);
        if (Today().IsMatch(text)) return release;
        return null;
    }

    private static string ZoneOf(string printed)
    {
        var p = printed.ToLowerInvariant();
        foreach (var (prefix, zone) in Zones)
            if (p.StartsWith(prefix, StringComparison.Ordinal)) return zone;
        return printed;
    }

    [GeneratedRegex(@"(?<![\d:])(?:(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ap>[ap]\.?\s?m\b\.?)|(?<noon>\bnoon\b))(?:\s*\(?(?<z>(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight|Prevailing))?(?:\s+time)?|E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|GMT|UTC)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\btoday\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    [GeneratedRegex(@"\btomorrow\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tomorrow();
}
