using System.Text.Json;

namespace Tickmark.Store.Reading;

/// <summary>
/// What a listing shows of a stored call's FACTS-JSON object: the live and replay numbers, the access
/// code, the webcast address, and when the replay ends ("2007-02-16 14:00 ET", or its words).
/// </summary>
public sealed record CallSummary(IReadOnlyList<string> Live, IReadOnlyList<string> Replay, string? AccessCode, string? ReplayCode,
    bool Webcast, string? WebcastUrl, string? ReplayFrom, string? ReplayUntil)
{
    public static CallSummary Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        List<string> Numbers(string use) => root.GetProperty("dialIns").EnumerateArray().Where(n => n.GetProperty("use").GetString() == use)
            .Select(n => n.GetProperty("number").GetString()!).ToList();
        var replay = root.GetProperty("replay");
        var until = Time(replay, "until") ?? Str(replay, "untilText");
        return new CallSummary(Numbers("live"), Numbers("replay"), Str(root, "accessCode"), Str(replay, "accessCode"),
            root.GetProperty("webcast").GetBoolean(), Str(root, "webcastUrl"), Time(replay, "from"), until);
    }

    /// <summary>"2007-01-31 11:00 ET" of a call time object, or null.</summary>
    public static string? Time(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.Object ? $"{Str(t, "date")} {Str(t, "time")} {Str(t, "zone")}".Trim() : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>The stored calls on either side of a day: upcoming (on or after it, earliest first) and past (before it, latest first; undated calls last).</summary>
public sealed record CallCalendar(DateOnly AsOf, IReadOnlyList<CalendarEntry> Upcoming, IReadOnlyList<CalendarEntry> Past);
