using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Output;

/// <summary>Writes an <see cref="ExtractionResult"/> as the FACTS-JSON object (see shared/FACTS-JSON.md).</summary>
public static class FactsJsonWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, ExtractionResult result, bool indented = true)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        Write(w, result);
    }

    /// <summary>Writes the object into a buffer (the CLI renders releases in parallel and writes them in order).</summary>
    public static void Write(System.Buffers.IBufferWriter<byte> output, ExtractionResult result, bool indented = true)
    {
        using var w = new Utf8JsonWriter(output, indented ? Indented : Compact);
        Write(w, result);
    }

    public static string ToJson(ExtractionResult result, bool indented = true)
    {
        using var ms = new MemoryStream();
        Write(ms, result, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ExtractionResult r)
    {
        var doc = r.Document;
        w.WriteStartObject();
        w.WriteStartObject("source");
        w.WriteString("path", doc.Path);
        w.WriteString("sha256", doc.Sha256);
        w.WriteString("format", r.Format);
        w.WriteEndObject();

        var rel = r.Release;
        w.WriteStartObject("release");
        WriteNullable(w, "company", rel.Company);
        WriteNullable(w, "ticker", rel.Ticker);
        WriteNullable(w, "exchange", rel.Exchange);
        WriteNullable(w, "date", rel.Date?.ToString("yyyy-MM-dd"));
        WriteNullable(w, "city", rel.City);
        WriteNullable(w, "wire", rel.Wire);
        WriteNullable(w, "headline", rel.Headline);
        if (rel.Cik is not null) w.WriteString("cik", rel.Cik);
        if (rel.FilerName is not null) w.WriteString("filerName", rel.FilerName);
        if (rel.FormType is not null) w.WriteString("formType", rel.FormType);
        if (rel.FilingDate is { } filed) w.WriteString("filingDate", filed.ToString("yyyy-MM-dd"));
        if (rel.PeriodOfReport is { } period) w.WriteString("periodOfReport", period.ToString("yyyy-MM-dd"));
        if (rel.Sic is not null) w.WriteString("sic", rel.Sic);
        if (rel.FiscalPeriod is { } fp)
        {
            w.WriteStartObject("fiscalPeriod");
            w.WriteNumber("year", fp.Year);
            w.WriteNumber("quarter", fp.Quarter);
            w.WriteString("end", fp.End.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }
        else w.WriteNull("fiscalPeriod");
        w.WriteEndObject();

        w.WriteStartArray("statements");
        foreach (var s in r.Statements)
        {
            w.WriteStartObject();
            w.WriteString("kind", s.Kind.ToJsonName());
            w.WriteString("title", s.Title);
            w.WriteNumber("line", s.Region.FirstLine);
            w.WriteStartArray("columns");
            foreach (var c in s.Columns)
            {
                if (c.IsChange)
                {
                    w.WriteStartObject();
                    w.WriteString("change", c.Heading);
                    w.WriteEndObject();
                }
                else WritePeriod(w, null, c.Period);
            }
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in s.Rows)
            {
                w.WriteStartObject();
                w.WriteString("label", row.Label);
                w.WriteString("section", row.Section);
                WriteNullable(w, "concept", row.Concept);
                w.WriteStartArray("values");
                foreach (var i in row.FactIndexes)
                {
                    if (i is { } fi) w.WriteNumberValue(r.Facts[fi].Value);
                    else w.WriteNullValue();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("facts");
        foreach (var f in r.Facts) WriteFact(w, f, r.Document.Lines.PositionOf(f.Span.Start));
        w.WriteEndArray();

        WriteChecks(w, r.Checks);
        // Added to FACTS-JSON: the facts no check touches, so a reader sees the coverage.
        w.WriteStartArray("unchecked");
        foreach (var i in Checks.CheckRunner.Unchecked(r.Checks, r.Facts.Count)) w.WriteNumberValue(i);
        w.WriteEndArray();

        w.WriteStartArray("blocks");
        foreach (var b in r.Blocks)
        {
            w.WriteStartObject();
            w.WriteString("kind", b.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("line", b.FirstLine + 1);
            w.WriteNumber("lastLine", b.LastLine + 1);
            w.WriteNumber("offset", b.Span.Start);
            w.WriteNumber("length", b.Span.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteDiagnostics(w, r.Diagnostics);
        // Added to FACTS-JSON: the stock splits the release states, with where the words are.
        w.WriteStartArray("splits");
        foreach (var s in r.Splits)
        {
            var at = r.Document.Lines.PositionOf(s.Span.Start);
            w.WriteStartObject();
            w.WriteString("ratio", s.Ratio);
            w.WriteNumber("factor", s.Factor);
            w.WriteString("text", s.Text);
            if (s.AlreadyAdjusted is { } adjusted) w.WriteBoolean("adjusted", adjusted);
            WriteSource(w, s.Span, at);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Added to FACTS-JSON: the call, events, outlook and cautionary language of the release.
        DisclosuresJsonWriter.Write(w, r.Disclosures, r.Document.Lines);
        w.WriteEndObject();
    }

    /// <summary>One FACTS-JSON fact; <paramref name="at"/> is where its span starts.</summary>
    public static void WriteFact(Utf8JsonWriter w, Fact f, LinePosition at)
    {
        w.WriteStartObject();
        w.WriteString("origin", f.Origin.ToJsonName());
        if (f.Kind == FactKind.Guidance) w.WriteString("kind", "guidance"); // added to FACTS-JSON: an outlook figure, not a reported one
        if (f.Statement is { } k) w.WriteString("statement", k.ToJsonName());
        w.WriteString("label", f.Label);
        w.WriteString("section", f.Section);
        WriteNullable(w, "concept", f.Concept);
        if (f.Measure is not null) w.WriteString("measure", f.Measure);
        w.WriteNumber("value", f.Value);
        if (f.Concept is not null) w.WriteNumber("xbrlValue", f.XbrlValue ?? f.Value);
        w.WriteString("basis", f.Basis.ToJsonName());
        w.WriteString("unit", f.Unit.ToJsonName());
        w.WriteNumber("decimals", f.Decimals);
        WritePeriod(w, "period", f.Period);
        w.WriteStartObject("dimensions");
        foreach (var (key, value) in f.Dimensions) w.WriteString(key, value);
        w.WriteEndObject();
        if (f.PartOf is { } whole) w.WriteNumber("partOf", whole); // added to FACTS-JSON: the figure this one is a part of
        if (f.Link is { } link)
        {
            // Added to FACTS-JSON: how a prose figure relates to others, by index into "facts".
            w.WriteStartObject("link");
            w.WriteString("kind", link.Kind switch { LinkKind.ComparativeOf => "comparative-of", LinkKind.ChangeOf => "change-of", _ => "ratio-of" });
            w.WriteStartArray("facts");
            foreach (var i in link.Facts) w.WriteNumberValue(i);
            w.WriteEndArray();
            if (link.Direction != 0) w.WriteString("direction", link.Direction > 0 ? "increase" : "decrease");
            if (link.Of is not null) w.WriteString("of", link.Of);
            w.WriteEndObject();
        }
        WriteSource(w, f.Span, at);
        w.WriteEndObject();
    }

    /// <summary>"source": { offset, length, line, column } of a span that starts at <paramref name="at"/>.</summary>
    private static void WriteSource(Utf8JsonWriter w, SourceSpan span, LinePosition at)
    {
        w.WriteStartObject("source");
        w.WriteNumber("offset", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteNumber("line", at.Line);
        w.WriteNumber("column", at.Column);
        w.WriteEndObject();
    }

    public static void WriteChecks(Utf8JsonWriter w, IEnumerable<CheckResult> checks)
    {
        w.WriteStartArray("checks");
        foreach (var c in checks)
        {
            w.WriteStartObject();
            w.WriteString("rule", c.Rule);
            w.WriteString("status", c.StatusName);
            w.WriteString("message", c.Message);
            w.WriteStartArray("facts");
            foreach (var i in c.Facts) w.WriteNumberValue(i);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteDiagnostics(Utf8JsonWriter w, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.SeverityName);
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteNumber("line", d.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A period as FACTS-JSON writes it: {"instant": ...} or {"start": ..., "end": ...}, null when unknown.</summary>
    public static void WritePeriod(Utf8JsonWriter w, string? name, Period? p)
    {
        if (name is not null) w.WritePropertyName(name);
        switch (p)
        {
            case Instant i:
                w.WriteStartObject();
                w.WriteString("instant", i.Date.ToString("yyyy-MM-dd"));
                w.WriteEndObject();
                break;
            case Duration d:
                w.WriteStartObject();
                w.WriteString("start", d.Start.ToString("yyyy-MM-dd"));
                w.WriteString("end", d.End.ToString("yyyy-MM-dd"));
                w.WriteEndObject();
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
