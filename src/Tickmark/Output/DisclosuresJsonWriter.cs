using System.Globalization;
using System.Text.Json;
using Tickmark.Calls;
using Tickmark.Cautionary;
using Tickmark.Disclosures;
using Tickmark.Events;
using Tickmark.Facts;
using Tickmark.Guidance;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Output;

/// <summary>
/// Writes the FACTS-JSON sections added for what a release says besides its figures: "call",
/// "events", "guidance" and "cautionary" (see the README). Every item carries its "source".
/// </summary>
public static class DisclosuresJsonWriter
{
    public static void Write(Utf8JsonWriter w, ReleaseDisclosures d, LineIndex lines)
    {
        w.WritePropertyName("call");
        if (d.Call is { } call) WriteCall(w, call, lines);
        else w.WriteNullValue();

        w.WriteStartArray("events");
        foreach (var e in d.Events) WriteEvent(w, e, lines);
        w.WriteEndArray();

        w.WriteStartArray("guidance");
        foreach (var g in d.Guidance) WriteGuidance(w, g, lines);
        w.WriteEndArray();

        w.WritePropertyName("cautionary");
        if (d.Cautionary is { } c)
        {
            w.WriteStartObject();
            WriteSource(w, c.Span, lines);
            w.WriteStartArray("items");
            foreach (var i in c.Items) WriteItem(w, i, lines);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNullValue();
    }

    public static void WriteCall(Utf8JsonWriter w, ConferenceCall c, LineIndex lines)
    {
        w.WriteStartObject();
        WriteTime(w, "start", c.Start);
        w.WriteStartArray("dialIns");
        foreach (var n in c.Numbers)
        {
            w.WriteStartObject();
            w.WriteString("number", n.Number);
            w.WriteString("use", n.UseName);
            if (n.Note is not null) w.WriteString("note", n.Note);
            WriteSource(w, n.Span, lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteNullable(w, "accessCode", c.AccessCode);
        w.WriteBoolean("webcast", c.Webcast);
        WriteNullable(w, "webcastUrl", c.WebcastUrl);
        w.WriteStartObject("replay");
        WriteNullable(w, "accessCode", c.ReplayAccessCode);
        WriteTime(w, "from", c.ReplayFrom);
        WriteTime(w, "until", c.ReplayUntil);
        WriteNullable(w, "untilText", c.ReplayUntilText);
        w.WriteEndObject();
        WriteSource(w, c.Span, lines);
        w.WriteEndObject();
    }

    /// <summary>{"date", "time" (HH:mm, 24-hour), "zone", "zoneInferred", "at" (ISO 8601 with the zone's offset that day)} or null.</summary>
    public static void WriteTime(Utf8JsonWriter w, string name, CallTime? t)
    {
        if (t is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        WriteNullable(w, "date", t.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(w, "time", t.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        WriteNullable(w, "zone", t.Zone);
        if (t.ZoneInferred) w.WriteBoolean("zoneInferred", true);
        WriteNullable(w, "at", t.ToOffset()?.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, ReleaseEvent e, LineIndex lines)
    {
        w.WriteStartObject();
        w.WriteString("kind", e.Kind.ToJsonName());
        w.WriteString("text", e.Text);
        WriteNullable(w, "regulator", e.Regulator);
        WriteStrings(w, "markets", e.Markets);
        WriteStrings(w, "names", e.Names);
        w.WriteStartArray("amounts");
        foreach (var a in e.Amounts)
        {
            w.WriteStartObject();
            w.WriteNumber("value", a.Value);
            w.WriteString("unit", a.Unit.ToJsonName());
            w.WriteNumber("decimals", a.Decimals);
            w.WriteString("text", a.Text);
            WriteSource(w, a.Span, lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("dates");
        foreach (var d in e.Dates)
        {
            w.WriteStartObject();
            w.WriteString("role", d.Role);
            w.WriteString("date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteSource(w, e.Span, lines);
        w.WriteEndObject();
    }

    public static void WriteGuidance(Utf8JsonWriter w, GuidanceFigure g, LineIndex lines)
    {
        w.WriteStartObject();
        w.WriteString("kind", "guidance");
        w.WriteString("measure", g.Measure);
        w.WriteStartObject("period");
        w.WriteNumber("fiscalYear", g.Period.Year);
        w.WriteNumber("fiscalQuarter", g.Period.Quarter);
        WriteNullable(w, "start", g.Period.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(w, "end", g.Period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        WriteNumber(w, "low", g.Low);
        WriteNumber(w, "high", g.High);
        WriteNumber(w, "point", g.Point);
        WriteNumber(w, "tolerance", g.Tolerance);
        WriteNullable(w, "toleranceText", g.ToleranceText);
        w.WriteBoolean("approximate", g.Approximate);
        w.WriteString("unit", g.Unit.ToJsonName());
        w.WriteNumber("decimals", g.Decimals);
        w.WriteString("basis", g.Basis.ToJsonName());
        w.WriteString("change", g.Change.ToString().ToLowerInvariant());
        WriteSource(w, g.Span, lines);
        w.WriteEndObject();
    }

    public static void WriteItem(Utf8JsonWriter w, CautionaryItem i, LineIndex lines)
    {
        w.WriteStartObject();
        w.WriteString("kind", i.KindName);
        w.WriteString("text", i.Text);
        WriteSource(w, i.Span, lines);
        w.WriteEndObject();
    }

    /// <summary>The diff of two releases' cautionary language: one object per change, in the later release's order.</summary>
    public static void WriteDiff(Utf8JsonWriter w, IEnumerable<CautionaryChange> changes)
    {
        w.WriteStartArray();
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("change", c.KindName);
            w.WriteString("kind", (c.After ?? c.Before)!.KindName);
            if (c.Before is { } b) w.WriteString("before", b.Text);
            if (c.After is { } a) w.WriteString("after", a.Text);
            if (c.Kind == ChangeKind.Reworded)
            {
                WriteStrings(w, "wordsAdded", c.WordsAdded);
                WriteStrings(w, "wordsRemoved", c.WordsRemoved);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter w, SourceSpan span, LineIndex lines)
    {
        var at = lines.PositionOf(span.Start);
        w.WriteStartObject("source");
        w.WriteNumber("offset", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteNumber("line", at.Line);
        w.WriteNumber("column", at.Column);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
