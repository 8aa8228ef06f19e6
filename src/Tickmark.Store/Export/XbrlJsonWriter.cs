using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Output;
using Tickmark.Periods;
using Tickmark.Store.Reading;
using Tickmark.Units;

namespace Tickmark.Store.Export;

/// <summary>
/// One release's facts as xBRL-JSON (the XBRL Open Information Model's JSON, document type
/// <see cref="DocumentType"/>): each fact that has a US-GAAP element, a period and no qualifier becomes
/// an OIM fact with its value in the element's sign convention (a canonical decimal string), its
/// decimals, and the core dimensions concept, entity, period and unit. Fact ids are "f" and the fact's
/// index in the release, as the facts export and <c>tickmark show</c> number them. Facts without an
/// element (non-GAAP figures among them) or with a qualifier such as a region have no OIM form here
/// and are counted as left out.
/// </summary>
public static class XbrlJsonWriter
{
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>The US-GAAP taxonomy the element names are taken to come from.</summary>
    public const string UsGaapNamespace = "http://fasb.org/us-gaap/2024";
    public const string UsGaapSchema = "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd";

    private static readonly Dictionary<string, string> KnownNamespaces = new()
    {
        ["us-gaap"] = UsGaapNamespace,
        ["iso4217"] = "http://www.xbrl.org/2003/iso4217",
        ["xbrli"] = "http://www.xbrl.org/2003/instance",
        ["cik"] = "http://www.sec.gov/CIK",
        ["tickmark"] = "urn:tickmark:company",
    };

    /// <summary>Each unit's OIM measure, and the power of ten its values are divided by (23% is 0.23 pure).</summary>
    private static readonly Dictionary<Unit, (string Measure, int Shift)> Units = new()
    {
        [Unit.Usd] = ("iso4217:USD", 0),
        [Unit.UsdPerShare] = ("iso4217:USD/xbrli:shares", 0),
        [Unit.Shares] = ("xbrli:shares", 0),
        [Unit.Percent] = ("xbrli:pure", 2),
        [Unit.Pure] = ("xbrli:pure", 0),
    };

    /// <summary>The document, how many facts it holds and how many were left out.</summary>
    public static (string Json, int Written, int LeftOut) Write(CompanySummary company, IReadOnlyList<StoredFact> facts)
    {
        var entity = Entity(company);
        var usable = facts.Where(f => f.Fact.Concept is { } c && c.StartsWith("us-gaap:", StringComparison.Ordinal)
            && f.Fact.Period is not null && f.Fact.Dimensions.Count == 0).ToList();
        var prefixes = new SortedSet<string>(StringComparer.Ordinal) { "us-gaap", entity[..entity.IndexOf(':')] };
        foreach (var f in usable) prefixes.UnionWith(Units[f.Fact.Unit].Measure.Split('/').Select(m => m[..m.IndexOf(':')]));

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("documentInfo");
            w.WriteString("documentType", DocumentType);
            w.WriteStartObject("namespaces");
            foreach (var p in prefixes) w.WriteString(p, KnownNamespaces[p]);
            w.WriteEndObject();
            w.WriteStartArray("taxonomy");
            w.WriteStringValue(UsGaapSchema);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("facts");
            foreach (var f in usable) WriteFact(w, f, entity);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return (Encoding.UTF8.GetString(buffer.ToArray()), usable.Count, facts.Count - usable.Count);
    }

    /// <summary>The SEC's ten-digit CIK where the company has one ("cik:0000092122"), else its key in Tickmark's own scheme ("tickmark:BSMD").</summary>
    public static string Entity(CompanySummary company) =>
        company.Cik is { Length: > 0 } cik ? "cik:" + cik.PadLeft(10, '0') : "tickmark:" + string.Join('-', company.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void WriteFact(Utf8JsonWriter w, StoredFact stored, string entity)
    {
        var f = stored.Fact;
        var (measure, shift) = Units[f.Unit];
        var value = (f.XbrlValue ?? f.Value) / Pow10(shift);
        w.WriteStartObject("f" + stored.Index.ToString(CultureInfo.InvariantCulture));
        w.WriteString("value", InvariantNumber.Format(value));
        w.WriteNumber("decimals", f.Decimals + shift);
        w.WriteStartObject("dimensions");
        w.WriteString("concept", f.Concept);
        w.WriteString("entity", entity);
        w.WriteString("period", Period(f.Period!));
        w.WriteString("unit", measure);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// OIM's period: date-times, an instant or a start/end pair. A date stands for the whole day, so an
    /// instant at the end of 2006-12-31 is 2007-01-01T00:00:00, and a quarter to 2006-12-31 ends there too.
    /// </summary>
    public static string Period(Period period) => period switch
    {
        Duration d => $"{Midnight(d.Start)}/{Midnight(d.End.AddDays(1))}",
        _ => Midnight(period.End.AddDays(1)),
    };

    private static string Midnight(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);
}
