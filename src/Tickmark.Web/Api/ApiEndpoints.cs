using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tickmark.Store;
using Tickmark.Concepts;
using Tickmark.Store.Export;
using Tickmark.Store.Output;
using Tickmark.Web.Model;

namespace Tickmark.Web.Api;

/// <summary>
/// The JSON API, read-only: companies, a company's releases, series, charts and cross-release checks;
/// a release with its statements, facts, checks and diagnostics, its facts and checks one by one, and its
/// stored text. Unknown names and ids give 404, values that do not read give 400, both as <c>{ "error": "..." }</c>.
/// </summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGetOrHead("/companies", (TickmarkStore store) => Ok(store.Reader.Companies().Select(store.Series.WithCrossChecks).Select(ApiJson.Company)));

        api.MapGetOrHead("/companies/{key}", (string key, TickmarkStore store) => WithCompany(store, key, c => Ok(new
        {
            company = ApiJson.Company(store.Series.WithCrossChecks(c)),
            releases = store.Reader.Releases(c.Id).Select(ApiJson.Release),
            lineItems = store.Series.LineItems(c.Id).Select(l => new
            {
                l.Concept, l.Label, l.Figures,
                series = $"/api/companies/{Uri.EscapeDataString(c.Key)}/series/{Uri.EscapeDataString(l.Concept ?? l.Label)}",
            }),
        })));

        api.MapGetOrHead("/companies/{key}/releases", (string key, int? offset, int? limit, TickmarkStore store, HttpContext http) =>
        {
            if (!RequestValues.TryWindow(offset, limit, out var error)) return WebErrors.Json(400, error);
            return WithCompany(store, key, c => Ok(Window(http, store.Reader.Releases(c.Id), offset, limit).Select(ApiJson.Release)));
        });

        api.MapGetOrHead("/companies/{key}/checks", (string key, int? offset, int? limit, TickmarkStore store, HttpContext http) =>
        {
            if (!RequestValues.TryWindow(offset, limit, out var error)) return WebErrors.Json(400, error);
            return WithCompany(store, key, c =>
            {
                var checks = store.Series.CrossReleaseChecks(c.Id);
                return Ok(new
                {
                    pass = checks.Count(x => x.StatusName == "pass"), rounding = checks.Count(x => x.StatusName == "rounding"), fail = checks.Count(x => x.StatusName == "fail"),
                    checks = Window(http, checks, offset, limit).Select(ApiJson.CrossCheck),
                });
            });
        });

        api.MapGetOrHead("/companies/{key}/compare", (string key, TickmarkStore store) => WithCompany(store, key, c =>
        {
            var found = store.Comparison.Compare(c.Key)!.Value;
            return Json(ComparisonJsonWriter.ToJson(found.Company, found.Comparison, found.Releases, found.Filings));
        }));

        api.MapGetOrHead("/companies/{key}/charts", (string key, TickmarkStore store) =>
            WithCompany(store, key, c => Ok(Charts.CompanyCharts.Read(store, c).Select(ApiJson.Chart))));

        api.MapGetOrHead("/companies/{key}/series/{concept}", (string key, string concept, string? kind, string? basis, string? format, TickmarkStore store) =>
        {
            if (!RequestValues.TryKind(kind, out var seriesKind, out var error)) return WebErrors.Json(400, error);
            if (!RequestValues.TryBasis(basis, out var factBasis, out error)) return WebErrors.Json(400, error);
            if (!RequestValues.TryName(concept, "the line item", out error)) return WebErrors.Json(400, error);
            if (!RequestValues.TryFormat(format, out var answer, out error)) return WebErrors.Json(400, error);
            return WithCompany(store, key, c =>
            {
                var result = store.Series.Series(c, concept, seriesKind, factBasis);
                if (result.Series.Points.Count == 0)
                    return WebErrors.Json(404, $"{c.Ticker ?? c.Key} has no figures for '{RequestValues.Clip(concept)}'; /api/companies/{c.Key} lists its line items");
                var name = $"{c.Ticker ?? c.Key}-{result.LineItem}-{Model.SeriesView.KindName(seriesKind)}{(factBasis == Tickmark.Facts.FactBasis.NonGaap ? "-non-gaap" : "")}";
                return answer switch
                {
                    "csv" => Downloads.Table("csv", name, PanelColumns.All, result.Series.Points.Select(p => new PanelRow(c, result.LineItem, result.Series, p, factBasis))),
                    "parquet" => Downloads.Table("parquet", name, PanelColumns.All, result.Series.Points.Select(p => new PanelRow(c, result.LineItem, result.Series, p, factBasis))),
                    _ when format is null => Json(SeriesJsonWriter.ToJson(result, store.Disclosures.SeriesGuidance(result))),
                    _ => Downloads.Text(SeriesJsonWriter.ToJson(result, store.Disclosures.SeriesGuidance(result)), "application/json; charset=utf-8", name + ".json"),
                };
            });
        });

        api.MapGetOrHead("/companies/{key}/guidance", (string key, TickmarkStore store) =>
            WithCompany(store, key, c => Json(GuidanceJsonWriter.Company(c, store.Disclosures.CompanyGuidance(c.Id)))));

        api.MapGetOrHead("/calendar", (string? asOf, TickmarkStore store) =>
        {
            if (!RequestValues.TryDay(asOf, out var day, out var error)) return WebErrors.Json(400, error);
            var calendar = store.Disclosures.Calendar(day);
            object Entry(Store.Reading.CalendarEntry e) => new
            {
                release = e.Release.Id, ticker = e.Release.Ticker, company = e.Release.CompanyName,
                call = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(e.Detail),
                links = new { release = "/api" + Pages.Links.Release(e.Release.Id), page = Pages.Links.Release(e.Release.Id) + "#call" },
            };
            return Ok(new { asOf = Show.Date(day), upcoming = calendar.Upcoming.Select(Entry), past = calendar.Past.Select(Entry) });
        });

        api.MapGetOrHead("/releases/{id}/disclosures", (string id, TickmarkStore store) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Json(400, error);
            return Store.Reading.DisclosureView.Read(store, releaseId) is { } d
                ? Json(GuidanceJsonWriter.Release(d.Release, d.Items, d.Guidance, d.Cautionary))
                : NoRelease(releaseId);
        });

        api.MapGetOrHead("/releases/{id}", (string id, TickmarkStore store) =>
            WithRelease(store, id, view => Json(ReleaseJsonWriter.ToJson(view.Detail, fileNameOnly: true))));

        api.MapGetOrHead("/releases/{id}/facts", (string id, string? format, TickmarkStore store) =>
        {
            if (!RequestValues.TryFormat(format, out var answer, out var error)) return WebErrors.Json(400, error);
            return WithRelease(store, id, view =>
            {
                var name = $"{view.Release.Ticker ?? "release"}-{view.Release.Id}-{Path.GetFileNameWithoutExtension(view.Release.Name)}-facts";
                if (answer is "csv" or "parquet") return Downloads.Table(answer, name, FactColumns.All, FactRows(store, view, null));
                var facts = view.Facts.Select(f => ApiJson.Fact(view, f));
                return format is null ? Ok(facts) : Downloads.Text(System.Text.Json.JsonSerializer.Serialize(facts, WebJson.Options), "application/json; charset=utf-8", name + ".json");
            });
        });

        api.MapGetOrHead("/releases/{id}/statements/{index}", (string id, string index, string? format, TickmarkStore store) =>
        {
            if (!RequestValues.TryIndex(index, out var i, out var error)) return WebErrors.Json(400, error);
            if (!RequestValues.TryFormat(format, out var answer, out error)) return WebErrors.Json(400, error);
            return WithRelease(store, id, view =>
            {
                if (view.Detail.Statements.FirstOrDefault(s => s.Index == i) is not { } s)
                    return WebErrors.Json(404, $"release {view.Release.Id} has no statement {i}; it has {view.Detail.Statements.Count}, numbered from 0");
                var name = $"{view.Release.Ticker ?? "release"}-{view.Release.Id}-{s.Kind.ToJsonName()}-{i}";
                if (answer is "csv" or "parquet") return Downloads.Table(answer, name, FactColumns.All, FactRows(store, view, i));
                var json = System.Text.Json.JsonSerializer.Serialize(ApiJson.Statement(view, s), WebJson.Options);
                return format is null ? Json(json) : Downloads.Text(json, "application/json; charset=utf-8", name + ".json");
            });
        });

        api.MapGetOrHead("/releases/{id}/facts/{index}", (string id, string index, TickmarkStore store) =>
        {
            if (!RequestValues.TryIndex(index, out var i, out var error)) return WebErrors.Json(400, error);
            return WithRelease(store, id, view => view.Fact(i) is { } f
                ? Ok(ApiJson.FactWithChecks(view, f))
                : WebErrors.Json(404, $"release {view.Release.Id} has no fact {i}; it has {view.Facts.Count}, numbered from 0"));
        });

        api.MapGetOrHead("/releases/{id}/checks", (string id, int? offset, int? limit, TickmarkStore store, HttpContext http) =>
        {
            if (!RequestValues.TryWindow(offset, limit, out var error)) return WebErrors.Json(400, error);
            return WithRelease(store, id, view => Ok(Window(http, Enumerable.Range(0, view.Checks.Count).ToList(), offset, limit).Select(i => ApiJson.Check(view, i))));
        });

        api.MapGetOrHead("/releases/{id}/source", (string id, TickmarkStore store) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Json(400, error);
            if (store.Reader.ReleaseSummary(releaseId) is null) return NoRelease(releaseId);
            return store.Reader.DocumentText(releaseId) is { } text
                ? Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8)
                : WebErrors.Json(404, $"release {releaseId} has no stored text");
        });
    }

    /// <summary>The items from <paramref name="offset"/>, at most <paramref name="limit"/> (all when none is given); the whole count goes in <c>X-Total-Count</c>.</summary>
    private static IEnumerable<T> Window<T>(HttpContext http, IReadOnlyList<T> all, int? offset, int? limit)
    {
        http.Response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return all.Skip(offset ?? 0).Take(limit ?? int.MaxValue);
    }

    /// <summary>The release's facts (of one statement, or all) as export rows, with its company.</summary>
    private static IEnumerable<FactRow> FactRows(TickmarkStore store, ReleaseView view, int? statement)
    {
        var company = view.Release.CompanyId is { } cid ? store.Reader.Company(cid) : null;
        return view.Facts.Where(f => statement is null || f.Fact.StatementIndex == statement).Select(f => new FactRow(company, view.Release, f));
    }

    private static IResult WithCompany(TickmarkStore store, string key, Func<Store.Reading.CompanySummary, IResult> answer)
    {
        if (!RequestValues.TryName(key, "the company", out var error)) return WebErrors.Json(400, error);
        return store.Reader.FindCompany(key) is { } c ? answer(c)
            : WebErrors.Json(404, $"no company '{RequestValues.Clip(key)}'; /api/companies lists them");
    }

    private static IResult WithRelease(TickmarkStore store, string id, Func<ReleaseView, IResult> answer)
    {
        if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Json(400, error);
        return store.Reader.Release(releaseId) is { } detail ? answer(new ReleaseView(detail)) : NoRelease(releaseId);
    }

    private static IResult NoRelease(long id) => WebErrors.Json(404, $"no release {id}; /api/companies/{{key}}/releases lists them");

    private static IResult Ok(object value) => Results.Json(value, WebJson.Options);

    private static IResult Json(string json) => Results.Text(json, "application/json; charset=utf-8", Encoding.UTF8);
}
