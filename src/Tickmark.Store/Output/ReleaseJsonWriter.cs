using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Concepts;
using Tickmark.Output;
using Tickmark.Store.Reading;
using Tickmark.Text;

namespace Tickmark.Store.Output;

/// <summary>
/// A stored release as JSON, in the FACTS-JSON shape (source, release, statements, facts, checks,
/// diagnostics) with the store's own fields added: the release id, status, error and parser version;
/// with its disclosures, also call, events, guidance (each with its revision) and cautionary (items and the diff).
/// </summary>
public static class ReleaseJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The release as JSON; with <paramref name="fileNameOnly"/> <c>source.path</c> is the file's name, not where it lies on disk (for a web client).</summary>
    public static string ToJson(ReleaseDetail detail, bool fileNameOnly = false, DisclosureView? disclosures = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) Write(w, detail, fileNameOnly, disclosures);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ReleaseDetail d, bool fileNameOnly = false, DisclosureView? disclosures = null)
    {
        var r = d.Release;
        w.WriteStartObject();
        w.WriteNumber("id", r.Id);
        w.WriteStartObject("source");
        w.WriteString("path", fileNameOnly ? r.Name : r.SourcePath);
        w.WriteString("sha256", r.ContentHash);
        w.WriteString("format", r.Format);
        w.WriteString("status", r.Status);
        w.WriteString("error", r.Error);
        w.WriteString("parserVersion", r.ParserVersion);
        w.WriteString("ingestedAt", r.IngestedAt);
        w.WriteEndObject();

        w.WriteStartObject("release");
        w.WriteString("company", r.CompanyName);
        w.WriteString("ticker", r.Ticker);
        w.WriteString("exchange", r.Exchange);
        w.WriteString("date", r.Date?.ToString("yyyy-MM-dd"));
        w.WriteString("city", r.City);
        w.WriteString("wire", r.Wire);
        w.WriteString("headline", r.Headline);
        if (r.FiscalYear is { } y && r.FiscalQuarter is { } q && r.PeriodEnd is { } end)
        {
            w.WriteStartObject("fiscalPeriod");
            w.WriteNumber("year", y);
            w.WriteNumber("quarter", q);
            w.WriteString("end", end.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }
        else w.WriteNull("fiscalPeriod");
        w.WriteEndObject();

        var byCell = d.Facts.Where(f => f.Fact.StatementIndex is not null)
            .ToDictionary(f => (f.Fact.StatementIndex!.Value, f.Fact.Row ?? -1, f.Fact.Column ?? -1), f => f.Fact.Value);
        w.WriteStartArray("statements");
        foreach (var s in d.Statements)
        {
            w.WriteStartObject();
            w.WriteString("kind", s.Kind.ToJsonName());
            w.WriteString("title", s.Title);
            w.WriteNumber("line", s.FirstLine);
            w.WriteNumber("lastLine", s.LastLine);
            w.WriteNumber("scale", s.Scale);
            w.WriteStartArray("columns");
            foreach (var c in s.Columns)
            {
                if (c.IsChange)
                {
                    w.WriteStartObject();
                    w.WriteString("change", c.Heading);
                    w.WriteEndObject();
                }
                else FactsJsonWriter.WritePeriod(w, null, c.Period);
            }
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in s.Rows)
            {
                w.WriteStartObject();
                w.WriteString("label", row.Label);
                w.WriteString("section", row.Section);
                w.WriteString("concept", row.Concept);
                w.WriteNumber("line", row.Line);
                w.WriteStartArray("values");
                for (var c = 0; c < s.Columns.Count; c++)
                {
                    if (byCell.TryGetValue((s.Index, row.Index, c), out var v)) w.WriteNumberValue(v);
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
        foreach (var sf in d.Facts) FactsJsonWriter.WriteFact(w, sf.Fact, new LinePosition(sf.Line, sf.Column));
        w.WriteEndArray();
        FactsJsonWriter.WriteChecks(w, d.Checks);
        FactsJsonWriter.WriteDiagnostics(w, d.Diagnostics);
        if (disclosures is not null) GuidanceJsonWriter.WriteDisclosures(w, disclosures.Items, disclosures.Guidance, disclosures.Cautionary);
        w.WriteEndObject();
    }
}
