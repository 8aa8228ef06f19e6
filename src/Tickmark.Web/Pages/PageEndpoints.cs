using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tickmark.Store;
using Tickmark.Web.Api;
using Tickmark.Web.Assets;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// The HTML pages (companies, a company, a release, an HTML release as rendered) and the two
/// assets they use, each at a fixed address: nothing in a request names a file.
/// </summary>
public static class PageEndpoints
{
    /// <summary>
    /// An HTML release shown as it renders: no script runs, nothing is fetched (images and fonts
    /// that the document names stay out), and the frame cannot reach the app.
    /// </summary>
    public const string RenderedPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGetOrHead("/", (TickmarkStore store) =>
            Html(CompaniesPage.Render(store.Reader.Companies().Select(store.Series.WithCrossChecks).ToList(), store.Reader.ReleasesWithoutCompany())));

        app.MapGetOrHead("/companies/{key}", (string key, int? releases, int? checks, TickmarkStore store) =>
        {
            if (!RequestValues.TryName(key, "the company", out var error)) return WebErrors.Page(400, error);
            return CompanyView.Read(store, key) is { } view ? Html(CompanyPage.Render(view, releases, checks))
                : WebErrors.Page(404, $"There is no company '{RequestValues.Clip(key)}' in the database.");
        });

        app.MapGetOrHead("/companies/{key}/series/{concept}", (string key, string concept, string? kind, string? basis, TickmarkStore store) =>
        {
            if (!RequestValues.TryName(key, "the company", out var error) || !RequestValues.TryName(concept, "the line item", out error)
                || !RequestValues.TryKind(kind, out var seriesKind, out error) || !RequestValues.TryBasis(basis, out var factBasis, out error))
                return WebErrors.Page(400, error);
            if (store.Reader.FindCompany(key) is not { } company) return WebErrors.Page(404, $"There is no company '{RequestValues.Clip(key)}' in the database.");
            var view = SeriesView.Read(store, company, concept, seriesKind, factBasis);
            var title = CompanyView.TitleOf(company);
            return view.Result.Series.Points.Count > 0 ? Html(SeriesPage.Render(view, title)) : Html(SeriesPage.Render(view, title), 404);
        });

        app.MapGetOrHead("/search", (string? q, TickmarkStore store) =>
        {
            var query = (q ?? "").Trim();
            if (query.Length > RequestValues.MaxTextLength) return WebErrors.Page(400, $"a search is at most {RequestValues.MaxTextLength} characters");
            var companies = store.Reader.SearchCompanies(query, SearchPage.Limit);
            var byId = new Dictionary<long, Store.Reading.CompanySummary?>();
            var items = store.Series.SearchLineItems(query, SearchPage.Limit)
                .Select(x => (Company: byId.TryGetValue(x.CompanyId, out var c) ? c : byId[x.CompanyId] = store.Reader.Company(x.CompanyId), x.Item))
                .Where(x => x.Company is not null).Select(x => (x.Company!, x.Item)).ToList();
            return Html(SearchPage.Render(query, companies, items));
        });

        app.MapGetOrHead(Links.Unassigned, (int? page, TickmarkStore store) => Html(UnassignedPage.Render(store.Reader.ReleasesWithoutCompany(), page)));

        app.MapGetOrHead("/releases/{id}", (string id, int? checks, TickmarkStore store) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Page(400, error);
            if (store.Reader.Release(releaseId) is not { } detail) return WebErrors.Page(404, $"There is no release {releaseId} in the database.");
            var companyKey = detail.Release.CompanyId is { } cid ? store.Reader.Company(cid)?.Key : null;
            return Html(ReleasePage.Render(new ReleaseView(detail), store.Reader.DocumentText(releaseId), companyKey, checks, Store.Reading.DisclosureView.Read(store, releaseId)));
        });

        app.MapGetOrHead(Links.Calendar, (string? asOf, TickmarkStore store) =>
        {
            if (!RequestValues.TryDay(asOf, out var day, out var error)) return WebErrors.Page(400, error);
            return Html(CalendarPage.Render(store.Disclosures.Calendar(day), store.Reader.Companies().ToDictionary(c => c.Id, c => c.Key)));
        });

        app.MapGetOrHead("/releases/{id}/rendered", (string id, TickmarkStore store, HttpContext context) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Page(400, error);
            var release = store.Reader.ReleaseSummary(releaseId);
            if (release is null || release.Format != "html" || store.Reader.DocumentText(releaseId) is not { } text)
                return WebErrors.Page(404, $"Release {releaseId} has no stored HTML to render.");
            context.Response.Headers.ContentSecurityPolicy = RenderedPolicy;
            var view = new ReleaseView(store.Reader.Release(releaseId)!);
            return Results.Content(RenderedView.Highlight(text, view), "text/html; charset=utf-8");
        });

        app.MapGetOrHead("/static/app.css", () => Results.Text(EmbeddedAssets.Css, "text/css; charset=utf-8"));
        app.MapGetOrHead("/static/app.js", () => Results.Text(EmbeddedAssets.Script, "text/javascript; charset=utf-8"));
    }

    private static IResult Html(string page, int status = 200) => Results.Content(page, "text/html; charset=utf-8", statusCode: status);
}
