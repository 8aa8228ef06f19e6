using System.Globalization;
using System.Text.Json;

namespace Tickmark.Fetch.Listing;

/// <summary>
/// One file of EDGAR's submissions JSON (<c>CIK##########.json</c>, or an older page such as
/// <c>CIK##########-submissions-001.json</c>): the company, its filings (EDGAR's column arrays read
/// row by row) and, in the main file, the older pages.
/// </summary>
public sealed record SubmissionsPage(long Cik, string Company, IReadOnlyList<Filing> Filings, IReadOnlyList<SubmissionsPageRef> OlderPages)
{
    /// <summary>Reads the JSON; <paramref name="cik"/> and <paramref name="company"/> stand in for what an older page does not repeat.</summary>
    public static SubmissionsPage Read(byte[] json, string source, long cik, string? company = null)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FetchException($"{source}: expected a JSON object of filings");
            if (root.TryGetProperty("cik", out var c) && long.TryParse(c.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var read)) cik = read;
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : company ?? "";
            var columns = root.TryGetProperty("filings", out var filings) && filings.TryGetProperty("recent", out var recent) ? recent : root;
            var pages = filings.ValueKind == JsonValueKind.Object && filings.TryGetProperty("files", out var files) ? Pages(files) : [];
            return new SubmissionsPage(cik, name, Rows(columns, cik, name, source), pages);
        }
        catch (JsonException e)
        {
            throw new FetchException($"{source}: not JSON EDGAR's submissions API would send (line {e.LineNumber + 1}: {e.Message.Split('.')[0]})");
        }
    }

    private static List<Filing> Rows(JsonElement columns, long cik, string company, string source)
    {
        var accession = Column(columns, "accessionNumber", source, required: true)!;
        var date = Column(columns, "filingDate", source, required: true)!;
        var form = Column(columns, "form", source, required: true)!;
        var items = Column(columns, "items", source, required: false);
        var rows = new List<Filing>(accession.Count);
        for (var i = 0; i < accession.Count; i++)
        {
            if (!DateOnly.TryParseExact(At(date, i), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var filed))
                throw new FetchException($"{source}: filingDate[{i}] '{At(date, i)}' is not a yyyy-MM-dd date");
            var itemText = items is null ? null : At(items, i);
            rows.Add(new Filing(cik, company, At(form, i), filed, At(accession, i), string.IsNullOrWhiteSpace(itemText) ? null : itemText));
        }
        return rows;
    }

    private static List<string>? Column(JsonElement columns, string name, string source, bool required)
    {
        if (columns.ValueKind == JsonValueKind.Object && columns.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
            return [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString())];
        if (required) throw new FetchException($"{source}: expected the array '{name}' of EDGAR's submissions JSON");
        return null;
    }

    private static string At(List<string> column, int i) => i < column.Count ? column[i] : "";

    private static List<SubmissionsPageRef> Pages(JsonElement files)
    {
        var pages = new List<SubmissionsPageRef>();
        if (files.ValueKind != JsonValueKind.Array) return pages;
        foreach (var f in files.EnumerateArray())
        {
            var name = f.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (name is null || !Date(f, "filingFrom", out var from) || !Date(f, "filingTo", out var to)) continue;
            pages.Add(new SubmissionsPageRef(name, from, to));
        }
        return pages;
    }

    private static bool Date(JsonElement e, string name, out DateOnly date)
    {
        date = default;
        return e.TryGetProperty(name, out var v) && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
