using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Comparison;
using Tickmark.Output;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Output;

/// <summary>
/// Releases against filings as JSON: <c>{ "company", "releases", "filings", "summary": { "compared", "agrees",
/// "rounding", "differs", "missingInFiling", "missingInRelease", "agreement", "coverage", ... }, "facts": [ { "outcome",
/// "element", "label", "period", "release": { value, file, line, column, ... }, "filing": {...}, "filingElements" } ] }</c>.
/// </summary>
public static class ComparisonJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(CompanySummary company, FilingComparison c, int releases, int filings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("company");
            w.WriteString("key", company.Key);
            w.WriteString("ticker", company.Ticker);
            w.WriteString("name", company.Name);
            w.WriteEndObject();
            w.WriteNumber("releases", releases);
            w.WriteNumber("filings", filings);
            w.WriteStartObject("summary");
            w.WriteNumber("compared", c.Matched);
            foreach (var o in Enum.GetValues<ComparisonOutcome>()) w.WriteNumber(Camel(o.ToJsonName()), c.Count(o));
            w.WriteNumber("agreement", Math.Round(c.Agreement, 4));
            w.WriteNumber("coverage", Math.Round(c.Coverage, 4));
            w.WriteNumber("faceFiguresInFiling", c.FaceFiguresInFiling);
            w.WriteNumber("faceFiguresWithFilingElement", c.FaceFiguresWithFilingElement);
            w.WriteEndObject();
            w.WriteStartArray("facts");
            foreach (var f in c.Facts)
            {
                w.WriteStartObject();
                w.WriteString("outcome", f.Outcome.ToJsonName());
                w.WriteString("element", f.Release.Fact.Concept);
                w.WriteString("label", f.Release.Fact.Label);
                FactsJsonWriter.WritePeriod(w, "period", f.Release.Fact.Period);
                Side(w, "release", f.Release);
                if (f.Filing is { } filing) Side(w, "filing", filing);
                if (f.Difference is { } d && f.Outcome == ComparisonOutcome.Differs) w.WriteNumber("difference", d);
                if (f.FilingElements.Count > 0)
                {
                    w.WriteStartArray("filingElements");
                    foreach (var e in f.FilingElements) w.WriteStringValue(e);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Side(Utf8JsonWriter w, string name, PlacedFact f)
    {
        w.WriteStartObject(name);
        w.WriteNumber("value", f.Value);
        w.WriteNumber("decimals", f.Fact.Decimals);
        w.WriteString("element", f.Fact.Concept);
        w.WriteNumber("release", f.Release.Id);
        w.WriteString("file", f.Release.Name);
        w.WriteNumber("fact", f.Index);
        w.WriteNumber("line", f.Line);
        w.WriteNumber("column", f.Column);
        w.WriteEndObject();
    }

    private static string Camel(string name)
    {
        var parts = name.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
