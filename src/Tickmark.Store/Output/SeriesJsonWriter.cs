using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Facts;
using Tickmark.Output;
using Tickmark.Series;
using Tickmark.Store.Reading;
using Tickmark.Units;

namespace Tickmark.Store.Output;

/// <summary>
/// A series as JSON: <c>{ "company", "lineItem", "kind", "unit", "fiscalYearEndMonth", "points": [ { "fiscalPeriod",
/// "period", "value", "decimals", "derived", "formula", "sources": [...], "conflicts": [...] } ] }</c>. Values are in base
/// units; a period is <c>{ "start", "end" }</c> (both inclusive) or, for a balance, <c>{ "instant" }</c>.
/// </summary>
public static class SeriesJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The series; with <paramref name="guided"/>, a "guidance" array after its points (<see cref="GuidanceJsonWriter.WriteGuided"/>).</summary>
    public static string ToJson(SeriesResult result, IReadOnlyList<GuidedPeriod>? guided = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) Write(w, result, guided);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, SeriesResult result, IReadOnlyList<GuidedPeriod>? guided = null)
    {
        var s = result.Series;
        w.WriteStartObject();
        w.WriteStartObject("company");
        w.WriteString("key", result.Company.Key);
        w.WriteString("ticker", result.Company.Ticker);
        w.WriteString("name", result.Company.Name);
        w.WriteEndObject();
        w.WriteString("lineItem", result.LineItem);
        w.WriteString("kind", KindName(s.Kind));
        w.WriteString("unit", s.Unit.ToJsonName());
        w.WriteNumber("fiscalYearEndMonth", s.Calendar.YearEndMonth);
        w.WriteString("basis", result.Basis.ToJsonName());
        w.WriteStartArray("splits");
        foreach (var e in s.Splits)
        {
            w.WriteStartObject();
            w.WriteString("ratio", e.Ratio);
            w.WriteNumber("factor", e.Factor);
            w.WriteString("evidence", e.EvidenceName);
            if (e.LastBefore is { } before) w.WriteString("lastReleaseBefore", before.ToString());
            w.WriteString("firstReleaseAfter", e.FirstAfter.ToString());
            w.WriteString("source", e.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("points");
        foreach (var p in s.Points)
        {
            w.WriteStartObject();
            w.WriteString("fiscalPeriod", p.Slot.Name);
            FactsJsonWriter.WritePeriod(w, "period", p.Period);
            w.WriteNumber("value", p.Value);
            if (!p.Derived && p.Sources[0].AsReported is { } reported)
            {
                // Added: the figure as printed, before the splits that followed its release.
                w.WriteNumber("asReported", reported);
                w.WriteNumber("splitFactor", p.Sources[0].SplitFactor);
            }
            w.WriteNumber("decimals", p.Decimals);
            w.WriteBoolean("derived", p.Derived);
            if (p.Derivation is { } d)
            {
                w.WriteString("formula", d.Formula);
                WriteTerms(w, "sources", d);
            }
            else WriteSources(w, "sources", p.Sources);
            w.WriteStartArray("conflicts");
            foreach (var c in p.Conflicts)
            {
                w.WriteStartObject();
                w.WriteString("kind", c.KindName);
                w.WriteString("status", c.StatusName);
                w.WriteNumber("value", c.Value);
                if (c.Derivation is { } cd)
                {
                    w.WriteString("formula", cd.Formula);
                    WriteTerms(w, "sources", cd);
                }
                else WriteSources(w, "sources", c.Sources);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (guided is not null) GuidanceJsonWriter.WriteGuided(w, "guidance", guided);
        w.WriteEndObject();
    }

    public static string KindName(SeriesKind kind) => kind switch
    {
        SeriesKind.Annual => "annual",
        SeriesKind.YearToDate => "ytd",
        _ => "quarterly",
    };

    private static void WriteTerms(Utf8JsonWriter w, string name, Derivation d)
    {
        w.WriteStartArray(name);
        foreach (var t in d.Terms) WriteSource(w, t.Source, t.Slot.Name, t.Sign);
        w.WriteEndArray();
    }

    private static void WriteSources(Utf8JsonWriter w, string name, IEnumerable<Observation> sources)
    {
        w.WriteStartArray(name);
        foreach (var o in sources) WriteSource(w, o, null, null);
        w.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter w, Observation o, string? slot, int? sign)
    {
        w.WriteStartObject();
        w.WriteNumber("release", o.Release.Id);
        w.WriteString("file", o.Release.Name);
        w.WriteNumber("line", o.Line);
        w.WriteNumber("column", o.Column);
        w.WriteNumber("fact", o.FactIndex);
        w.WriteNumber("value", o.Value);
        if (o.AsReported is { } reported) w.WriteNumber("asReported", reported);
        FactsJsonWriter.WritePeriod(w, "period", o.Period);
        if (slot is not null) w.WriteString("fiscalPeriod", slot);
        if (sign is { } s) w.WriteNumber("sign", s);
        w.WriteEndObject();
    }
}
