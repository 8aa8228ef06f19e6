using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Guidance;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Output;

/// <summary>
/// Guidance as the store reads it across releases, as JSON: each figure with its release, future
/// period, bounds, unit, basis, the release's words (<c>change</c>) and its <c>revision</c> against the
/// company's earlier outlook (<c>kind</c> new / raised / lowered / kept, <c>source</c> store / words,
/// <c>earlier</c>: that outlook, or null); a series' guided periods with the actual beside them; and a
/// release's whole disclosures (call, events, guidance, cautionary language with its diff).
/// </summary>
public static class GuidanceJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{ "company": {...}, "guidance": [ figure... ] }</c>, in release order.</summary>
    public static string Company(CompanySummary company, IReadOnlyList<GuidanceRevision> guidance) => Json(w =>
    {
        w.WriteStartObject();
        WriteCompany(w, company);
        w.WriteStartArray("guidance");
        foreach (var g in guidance) WriteRevision(w, g);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// One release's disclosures: <c>release</c>, then <c>call</c>, <c>events</c> and <c>guidance</c> as
    /// FACTS-JSON writes them (each guidance figure with its <c>revision</c> added), and <c>cautionary</c>:
    /// its <c>items</c>, the <c>previous</c> release compared with (or null) and the <c>changes</c> since.
    /// </summary>
    public static string Release(ReleaseSummary release, StoredDisclosures items, IReadOnlyList<GuidanceRevision> guidance, CautionaryComparison? cautionary) => Json(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("release");
        WriteRelease(w, release);
        WriteDisclosures(w, items, guidance, cautionary);
        w.WriteEndObject();
    });

    /// <summary>
    /// The properties <c>call</c>, <c>events</c>, <c>guidance</c> and <c>cautionary</c> of a release, into the
    /// object being written (the disclosures endpoint's and <c>tickmark show</c>'s).
    /// </summary>
    public static void WriteDisclosures(Utf8JsonWriter w, StoredDisclosures items, IReadOnlyList<GuidanceRevision> guidance, CautionaryComparison? cautionary)
    {
        w.WritePropertyName("call");
        if (items.Call is { } call) Raw(w, call.Detail);
        else w.WriteNullValue();
        w.WriteStartArray("events");
        foreach (var e in items.Events) Raw(w, e.Detail);
        w.WriteEndArray();
        w.WriteStartArray("guidance");
        var byIndex = guidance.ToDictionary(g => g.Figure.Index);
        foreach (var g in items.Guidance)
        {
            using var doc = JsonDocument.Parse(g.Detail);
            w.WriteStartObject();
            foreach (var p in doc.RootElement.EnumerateObject()) p.WriteTo(w);
            if (byIndex.TryGetValue(g.Index, out var revision)) WriteRevisionOnly(w, revision);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("cautionary");
        w.WriteStartArray("items");
        foreach (var i in items.Cautionary)
        {
            w.WriteStartObject();
            w.WriteString("kind", i.KindName);
            w.WriteString("text", i.Text);
            w.WriteStartObject("source");
            w.WriteNumber("offset", i.Span.Start);
            w.WriteNumber("length", i.Span.Length);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("previous");
        if (cautionary?.Previous is { } previous) WriteRelease(w, previous);
        else w.WriteNullValue();
        w.WritePropertyName("changes");
        Tickmark.Output.DisclosuresJsonWriter.WriteDiff(w, cautionary?.Changes ?? []);
        w.WriteEndObject();
    }

    /// <summary>A series' guided periods: <c>fiscalPeriod</c>, dates, <c>actual</c> (or null), <c>outcome</c> (below / within / above, or null), <c>guided</c> (the outlook that stands) and <c>figures</c> (every one given, in release order).</summary>
    public static void WriteGuided(Utf8JsonWriter w, string name, IReadOnlyList<GuidedPeriod> periods)
    {
        w.WriteStartArray(name);
        foreach (var p in periods)
        {
            w.WriteStartObject();
            w.WriteString("fiscalPeriod", p.Label);
            WriteDate(w, "start", p.Start);
            WriteDate(w, "end", p.End);
            if (p.Actual is { } a) w.WriteNumber("actual", a.Value);
            else w.WriteNull("actual");
            w.WriteString("outcome", p.Outcome);
            w.WritePropertyName("guided");
            WriteFigure(w, p.Latest);
            w.WriteStartArray("figures");
            foreach (var g in p.Guidance) WriteRevision(w, g);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteRevision(Utf8JsonWriter w, GuidanceRevision g)
    {
        w.WriteStartObject();
        WriteFigureFields(w, g.Figure);
        WriteRevisionOnly(w, g);
        w.WriteEndObject();
    }

    private static void WriteRevisionOnly(Utf8JsonWriter w, GuidanceRevision g)
    {
        w.WriteStartObject("revision");
        w.WriteString("kind", g.Kind.Name());
        w.WriteString("source", g.Source.Name());
        w.WritePropertyName("earlier");
        if (g.Earlier is { } e) WriteFigure(w, e);
        else w.WriteNullValue();
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, StoredGuidance g)
    {
        w.WriteStartObject();
        WriteFigureFields(w, g);
        w.WriteEndObject();
    }

    private static void WriteFigureFields(Utf8JsonWriter w, StoredGuidance g)
    {
        w.WritePropertyName("release");
        WriteRelease(w, g.Release);
        w.WriteString("measure", g.Measure);
        w.WriteStartObject("period");
        w.WriteString("label", g.PeriodLabel);
        w.WriteNumber("fiscalYear", g.FiscalYear);
        w.WriteNumber("fiscalQuarter", g.FiscalQuarter);
        WriteDate(w, "start", g.Start);
        WriteDate(w, "end", g.End);
        w.WriteEndObject();
        Number(w, "low", g.Low);
        Number(w, "high", g.High);
        Number(w, "point", g.Point);
        Number(w, "tolerance", g.Tolerance);
        Number(w, "lowerBound", g.LowerBound);
        Number(w, "upperBound", g.UpperBound);
        w.WriteString("unit", g.Unit);
        w.WriteString("basis", g.Basis);
        w.WriteString("change", g.Change);
        w.WriteStartObject("source");
        w.WriteNumber("line", g.Line);
        w.WriteNumber("column", g.Column);
        w.WriteEndObject();
    }

    private static void WriteCompany(Utf8JsonWriter w, CompanySummary c)
    {
        w.WriteStartObject("company");
        w.WriteString("key", c.Key);
        w.WriteString("ticker", c.Ticker);
        w.WriteString("name", c.Name);
        w.WriteEndObject();
    }

    private static void WriteRelease(Utf8JsonWriter w, ReleaseSummary r)
    {
        w.WriteStartObject();
        w.WriteNumber("id", r.Id);
        w.WriteString("file", r.Name);
        WriteDate(w, "date", r.Date);
        w.WriteString("ticker", r.Ticker);
        w.WriteEndObject();
    }

    private static void Raw(Utf8JsonWriter w, string json)
    {
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.WriteTo(w);
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } x) w.WriteString(name, x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? v)
    {
        if (v is { } x) w.WriteNumber(name, x);
        else w.WriteNull(name);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
