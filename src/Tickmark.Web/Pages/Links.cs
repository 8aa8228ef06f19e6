using Tickmark.Facts;
using Tickmark.Series;

namespace Tickmark.Web.Pages;

/// <summary>The app's addresses, built in one place; every value put in one is escaped.</summary>
public static class Links
{
    public static string Company(string key) => "/companies/" + Uri.EscapeDataString(key);

    public static string Release(long id) => "/releases/" + id;

    /// <summary>The release page with fact <paramref name="factIndex"/> selected.</summary>
    public static string Fact(long releaseId, int factIndex) => $"/releases/{releaseId}#f{factIndex}";

    public static string Rendered(long id) => $"/releases/{id}/rendered";

    public const string Unassigned = "/releases/unassigned";

    /// <summary>The calls of every stored company, upcoming and past.</summary>
    public const string Calendar = "/calendar";

    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);

    /// <summary>A line item's series page: "/companies/BSMD/series/us-gaap%3ARevenues?kind=annual&amp;basis=non-gaap" (defaults left out).</summary>
    public static string Series(string companyKey, string lineItem, SeriesKind kind = SeriesKind.Quarterly, FactBasis basis = FactBasis.Gaap) =>
        Company(companyKey) + "/series/" + Uri.EscapeDataString(lineItem) + Query(kind, basis, null);

    /// <summary>The API's answer for that series; <paramref name="format"/> csv, json or parquet.</summary>
    public static string SeriesData(string companyKey, string lineItem, SeriesKind kind, FactBasis basis, string format) =>
        "/api" + Company(companyKey) + "/series/" + Uri.EscapeDataString(lineItem) + Query(kind, basis, format);

    /// <summary>A release's facts, or one statement's, as a download: csv, json or parquet.</summary>
    public static string FactsData(long releaseId, string format) => $"/api/releases/{releaseId}/facts?format={format}";

    public static string StatementData(long releaseId, int statement, string format) => $"/api/releases/{releaseId}/statements/{statement}?format={format}";

    /// <summary>The same page at another page of a list: <paramref name="parameter"/>=<paramref name="page"/> added to the address.</summary>
    public static string Page(string path, string parameter, int page) => page <= 1 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}{parameter}={page}";

    private static string Query(SeriesKind kind, FactBasis basis, string? format)
    {
        var parts = new List<string>();
        if (kind != SeriesKind.Quarterly) parts.Add("kind=" + Model.SeriesView.KindName(kind));
        if (basis != FactBasis.Gaap) parts.Add("basis=" + basis.ToJsonName());
        if (format is not null) parts.Add("format=" + format);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
