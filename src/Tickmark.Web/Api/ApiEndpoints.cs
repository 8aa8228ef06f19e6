using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tickmark.Store;
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
        api.MapGet("/companies", (TickmarkStore store) => Ok(store.Reader.Companies().Select(ApiJson.Company)));

        api.MapGet("/companies/{key}", (string key, TickmarkStore store) => WithCompany(store, key, c => Ok(new
        {
            company = ApiJson.Company(c),
            releases = store.Reader.Releases(c.Id).Select(ApiJson.Release),
            lineItems = store.Series.LineItems(c.Id).Select(l => new
            {
                l.Concept, l.Label, l.Figures,
                series = $"/api/companies/{Uri.EscapeDataString(c.Key)}/series/{Uri.EscapeDataString(l.Concept ?? l.Label)}",
            }),
        })));

        api.MapGet("/companies/{key}/releases", (string key, TickmarkStore store) =>
            WithCompany(store, key, c => Ok(store.Reader.Releases(c.Id).Select(ApiJson.Release))));

        api.MapGet("/companies/{key}/checks", (string key, TickmarkStore store) => WithCompany(store, key, c =>
        {
            var checks = store.Series.CrossReleaseChecks(c.Id);
            return Ok(new
            {
                pass = checks.Count(x => x.StatusName == "pass"), rounding = checks.Count(x => x.StatusName == "rounding"), fail = checks.Count(x => x.StatusName == "fail"),
                checks = checks.Select(ApiJson.CrossCheck),
            });
        }));

        api.MapGet("/companies/{key}/compare", (string key, TickmarkStore store) => WithCompany(store, key, c =>
        {
            var found = store.Comparison.Compare(c.Key)!.Value;
            return Json(ComparisonJsonWriter.ToJson(found.Company, found.Comparison, found.Releases, found.Filings));
        }));

        api.MapGet("/companies/{key}/charts", (string key, TickmarkStore store) =>
            WithCompany(store, key, c => Ok(Charts.CompanyCharts.Read(store, c).Select(ApiJson.Chart))));

        api.MapGet("/companies/{key}/series/{concept}", (string key, string concept, string? kind, string? basis, TickmarkStore store) =>
        {
            if (!RequestValues.TryKind(kind, out var seriesKind, out var error)) return WebErrors.Json(400, error);
            if (basis is not (null or "gaap" or "non-gaap")) return WebErrors.Json(400, $"basis '{RequestValues.Clip(basis)}' is not gaap or non-gaap");
            if (!RequestValues.TryName(concept, "the line item", out error)) return WebErrors.Json(400, error);
            return WithCompany(store, key, c =>
            {
                var result = store.Series.Series(c.Key, concept, seriesKind, basis == "non-gaap" ? Tickmark.Facts.FactBasis.NonGaap : Tickmark.Facts.FactBasis.Gaap)!;
                if (result.Series.Points.Count == 0)
                    return WebErrors.Json(404, $"{c.Ticker ?? c.Key} has no figures for '{RequestValues.Clip(concept)}'; /api/companies/{c.Key} lists its line items");
                return Json(SeriesJsonWriter.ToJson(result));
            });
        });

        api.MapGet("/releases/{id}", (string id, TickmarkStore store) =>
            WithRelease(store, id, view => Json(ReleaseJsonWriter.ToJson(view.Detail))));

        api.MapGet("/releases/{id}/facts", (string id, TickmarkStore store) =>
            WithRelease(store, id, view => Ok(view.Facts.Select(f => ApiJson.Fact(view, f)))));

        api.MapGet("/releases/{id}/facts/{index}", (string id, string index, TickmarkStore store) =>
        {
            if (!RequestValues.TryIndex(index, out var i, out var error)) return WebErrors.Json(400, error);
            return WithRelease(store, id, view => view.Fact(i) is { } f
                ? Ok(ApiJson.FactWithChecks(view, f))
                : WebErrors.Json(404, $"release {view.Release.Id} has no fact {i}; it has {view.Facts.Count}, numbered from 0"));
        });

        api.MapGet("/releases/{id}/checks", (string id, TickmarkStore store) =>
            WithRelease(store, id, view => Ok(Enumerable.Range(0, view.Checks.Count).Select(i => ApiJson.Check(view, i)))));

        api.MapGet("/releases/{id}/source", (string id, TickmarkStore store) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Json(400, error);
            if (store.Reader.ReleaseSummary(releaseId) is null) return NoRelease(releaseId);
            return store.Reader.DocumentText(releaseId) is { } text
                ? Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8)
                : WebErrors.Json(404, $"release {releaseId} has no stored text");
        });
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
