using System.Text.Json;

namespace Tickmark.Store.Reading;

/// <summary>What a listing shows of a stored event's FACTS-JSON object besides its words: the regulator and names, the amounts as printed, the dates with their roles.</summary>
public static class EventSummary
{
    /// <summary>"FDA; EmboCath Plus | $1.2 million | record 2007-03-01", or "" when the event names none of them.</summary>
    public static string About(string detail)
    {
        using var doc = JsonDocument.Parse(detail);
        var root = doc.RootElement;
        var names = root.GetProperty("names").EnumerateArray().Select(x => x.GetString()!).ToList();
        if (root.GetProperty("regulator").ValueKind == JsonValueKind.String) names.Insert(0, root.GetProperty("regulator").GetString()!);
        var amounts = root.GetProperty("amounts").EnumerateArray().Select(a => a.GetProperty("text").GetString()!);
        var dates = root.GetProperty("dates").EnumerateArray().Select(d => $"{d.GetProperty("role").GetString()} {d.GetProperty("date").GetString()}");
        return string.Join(" | ", new[] { string.Join("; ", names), string.Join("; ", amounts), string.Join("; ", dates) }.Where(x => x.Length > 0));
    }
}
