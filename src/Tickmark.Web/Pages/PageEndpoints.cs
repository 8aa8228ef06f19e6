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
        app.MapGet("/", (TickmarkStore store) =>
            Html(CompaniesPage.Render(store.Reader.Companies(), store.Reader.ReleasesWithoutCompany())));

        app.MapGet("/companies/{key}", (string key, TickmarkStore store) =>
        {
            if (!RequestValues.TryName(key, "the company", out var error)) return WebErrors.Page(400, error);
            return CompanyView.Read(store, key) is { } view ? Html(CompanyPage.Render(view))
                : WebErrors.Page(404, $"There is no company '{RequestValues.Clip(key)}' in the database.");
        });

        app.MapGet("/releases/{id}", (string id, TickmarkStore store) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Page(400, error);
            if (store.Reader.Release(releaseId) is not { } detail) return WebErrors.Page(404, $"There is no release {releaseId} in the database.");
            var companyKey = detail.Release.CompanyId is { } cid ? store.Reader.Companies().FirstOrDefault(c => c.Id == cid)?.Key : null;
            return Html(ReleasePage.Render(new ReleaseView(detail), store.Reader.DocumentText(releaseId), companyKey));
        });

        app.MapGet("/releases/{id}/rendered", (string id, TickmarkStore store, HttpContext context) =>
        {
            if (!RequestValues.TryId(id, out var releaseId, out var error)) return WebErrors.Page(400, error);
            var release = store.Reader.ReleaseSummary(releaseId);
            if (release is null || release.Format != "html" || store.Reader.DocumentText(releaseId) is not { } text)
                return WebErrors.Page(404, $"Release {releaseId} has no stored HTML to render.");
            context.Response.Headers.ContentSecurityPolicy = RenderedPolicy;
            return Results.Content(text, "text/html; charset=utf-8");
        });

        app.MapGet("/static/app.css", () => Results.Text(EmbeddedAssets.Css, "text/css; charset=utf-8"));
        app.MapGet("/static/app.js", () => Results.Text(EmbeddedAssets.Script, "text/javascript; charset=utf-8"));
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");
}
