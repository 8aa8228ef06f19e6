using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Text;

namespace Tickmark.Web.Pages;

/// <summary>The home page: every company with its number of releases, the periods they cover and the share of checks passing.</summary>
public static class CompaniesPage
{
    public static string Render(IReadOnlyList<CompanySummary> companies, IReadOnlyList<ReleaseSummary> releasesWithoutCompany)
    {
        var body = new HtmlBuilder();
        body.Add($"<h1>Companies</h1>");
        if (companies.Count == 0)
            body.Add($"<p class=\"empty\">The database has no companies yet: <code>tickmark ingest PATH</code> reads releases into it.</p>");
        else
        {
            body.Add($"<table class=\"list\" id=\"companies\"><thead><tr><th>Company</th><th>Ticker</th><th>Exchange</th><th class=\"num\">Releases</th><th>Periods covered</th><th class=\"num\">Checks passing</th></tr></thead><tbody>");
            foreach (var c in companies)
            {
                var failed = c.FailedReleases > 0 ? $" ({c.FailedReleases} unreadable)" : "";
                var (pass, rounding, fail) = c.AllChecks;
                var checks = $"{pass} pass, {rounding} within rounding, {fail} fail (own checks and cross-release)";
                body.Add($"<tr><td><a href=\"{Links.Company(c.Key)}\">{c.DisplayName}</a></td><td>{c.Ticker ?? ""}</td><td>{c.Exchange ?? ""}</td>");
                body.Add($"<td class=\"num\">{c.Releases}{failed}</td><td>{Covered(c)}</td>");
                body.Add($"<td class=\"num share{(fail > 0 ? " has-fail" : "")}\" title=\"{checks}\">{Show.Share(c)}</td></tr>");
            }
            body.Add($"</tbody></table>");
            body.Add($"<p class=\"note\">A check passes when the release agrees with itself exactly or within the precision it prints; hover a share for the counts.</p>");
        }
        if (releasesWithoutCompany.Count > 0)
        {
            body.Add($"<details class=\"orphans\" id=\"orphans\"><summary>{Counted.Of(releasesWithoutCompany.Count, "stored release")} {(releasesWithoutCompany.Count == 1 ? "names" : "name")} no company ({releasesWithoutCompany.Count(r => r.Failed)} could not be read)</summary><ul>");
            foreach (var r in releasesWithoutCompany.Take(UnassignedPage.PerPage))
                body.Add($"<li><a href=\"{Links.Release(r.Id)}\">{r.Name}</a> {(r.Failed ? "unreadable: " + r.Error : r.Headline ?? "")}</li>");
            body.Add($"</ul><p><a href=\"{Links.Unassigned}\" id=\"unassigned-link\">All {Counted.Of(releasesWithoutCompany.Count, "release")} with no company</a></p></details>");
        }
        return Layout.Page("Companies", Markup.Empty, body.ToMarkup());
    }

    /// <summary>"2006-09-30 to 2007-06-30": the first and last period ends of the company's releases.</summary>
    public static string Covered(CompanySummary c) => c.FirstPeriodEnd is null ? "-" : $"{Show.Date(c.FirstPeriodEnd)} to {Show.Date(c.LastPeriodEnd)}";
}
