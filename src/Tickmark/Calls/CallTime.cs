namespace Tickmark.Calls;

/// <summary>
/// A moment a release names for its call: the calendar <see cref="Date"/> (null when neither
/// printed nor implied by "today"/"tomorrow"), the <see cref="Time"/> of day on the clock of
/// <see cref="Zone"/> ("ET", "CT", "MT", "PT", "UTC", "GMT"; null when the release names none),
/// and whether the zone was taken from another time of the same announcement rather than printed
/// beside this one ("10 a.m. ... 2:00 p.m. ET today": the call is 10 a.m. ET).
/// </summary>
public sealed record CallTime(DateOnly? Date, TimeOnly? Time, string? Zone, bool ZoneInferred = false)
{
    private static readonly Dictionary<string, string> ZoneIds = new()
    {
        ["ET"] = "America/New_York", ["CT"] = "America/Chicago", ["MT"] = "America/Denver", ["PT"] = "America/Los_Angeles",
        ["UTC"] = "UTC", ["GMT"] = "Europe/London",
    };

    /// <summary>The instant, with the zone's UTC offset on that date (daylight time included); null without a date, time or zone.</summary>
    public DateTimeOffset? ToOffset()
    {
        if (Date is not { } d || Time is not { } t || Zone is null || !ZoneIds.TryGetValue(Zone, out var id)) return null;
        TimeZoneInfo tz;
        try { tz = TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return null; }
        var local = d.ToDateTime(t);
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }
}
