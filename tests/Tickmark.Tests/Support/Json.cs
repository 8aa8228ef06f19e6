using System.Text.Json;
using Tickmark.Periods;

namespace Tickmark.Tests.Support;

public static class Json
{
    public static JsonElement Load(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    /// <summary>A period as the ground truth writes it: {"instant": ...} or {"start": ..., "end": ...}.</summary>
    public static Period? PeriodOf(JsonElement e)
    {
        if (e.TryGetProperty("instant", out var i)) return new Instant(DateOnly.Parse(i.GetString()!));
        if (e.TryGetProperty("start", out var s)) return new Duration(DateOnly.Parse(s.GetString()!), DateOnly.Parse(e.GetProperty("end").GetString()!));
        return null;
    }
}
