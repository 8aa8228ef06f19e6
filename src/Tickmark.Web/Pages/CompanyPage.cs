using Tickmark.Checks;
using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Store.Reading;
using Tickmark.Web.Charts;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Text;

namespace Tickmark.Web.Pages;

/// <summary>
/// A company: what is stored, charts of the quarterly series that matter (each point linked to the
/// release and the figure it comes from), the series table, conflicts, releases, and cross-release checks.
/// </summary>
public static class CompanyPage
{
    public const int ReleasesPerPage = 20;
    public const int ChecksPerPage = 25;

    /// <summary>The page; <paramref name="releasesPage"/> and <paramref name="checksPage"/> pick the page of the releases and of the differing cross-release checks.</summary>
    public static string Render(CompanyView view, int? releasesPage = null, int? checksPage = null)
    {
        var c = view.Company;
        var body = new HtmlBuilder();
        body.Add($"<h1>{view.Title}</h1>");
        body.Add($"<p class=\"facts\">{Counted.Of(c.Releases, "release")}{(c.FailedReleases > 0 ? $" ({c.FailedReleases} unreadable)" : "")}, periods {CompaniesPage.Covered(c)}; ");
        body.Add($"checks passing {Show.Share(c)} ({c.ChecksPassed} pass, {c.ChecksRounding} within rounding, {c.ChecksFailed} fail; ");
        body.Add($"across releases {c.CrossChecks.Passed} agree, {c.CrossChecks.Rounding} within rounding, {c.CrossChecks.Failed} differ)</p>");

        body.Add(ChartGrid.Series(view.Charts, view.Axis, Link));
        if (view.Charts.Count > 0)
        {
            body.Add($"<h2>Conflicts</h2>");
            body.Add(ChartGrid.Conflicts(view.Charts));
        }

        body.Add(LineItems(view));
        if (view.Guidance.Count > 0)
        {
            body.Add($"<h2 id=\"guidance-heading\">Guidance <small>{view.Guidance.Count}</small></h2>");
            body.Add($"<p class=\"facts\">Each outlook figure against the company's earlier outlook for the same period, measure and basis. <a href=\"/api{Links.Company(c.Key)}/guidance\">JSON</a></p>");
            body.Add($"<div class=\"wide scroll-box\" id=\"guidance\">{DisclosureSections.GuidanceTable(view.Guidance, withRelease: true)}</div>");
        }

        string Address(int releases, int checks)
        {
            var query = new List<string>();
            if (releases > 1) query.Add($"releases={releases}");
            if (checks > 1) query.Add($"checks={checks}");
            return Links.Company(c.Key) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        }
        var releasePager = Pager.Of(view.Releases.Count, releasesPage, ReleasesPerPage);
        body.Add($"<h2 id=\"releases-heading\">Releases</h2>");
        body.Add(releasePager.Links("releases-pager", n => Address(n, checksPage ?? 1) + "#releases-heading"));
        body.Add(ReleaseList(releasePager.Items(view.Releases).ToList()));
        body.Add($"<h2 id=\"checks-heading\">Releases checked against each other</h2>");
        body.Add(CrossChecks(view.CrossChecks, checksPage, n => Address(releasePager.Page, n) + "#checks-heading"));
        if (view.Filings is { } filings)
        {
            body.Add($"<h2>Releases against filings</h2>");
            body.Add(FilingComparisonSection.Render(filings));
        }
        var trail = Layout.Trail((c.Ticker ?? c.Key, null));
        return Layout.Page(c.DisplayName, trail, body.ToMarkup());
    }

    /// <summary>A point links to the figure it rests on (the one that stands, or the first input of a derivation).</summary>
    private static string? Link(ChartSeries series, ChartPoint p) =>
        p.Sources.Count > 0 ? Links.Fact(p.Sources[0].ReleaseId, p.Sources[0].FactIndex) : null;

    public static Markup ReleaseList(IReadOnlyList<ReleaseSummary> releases)
    {
        var html = new HtmlBuilder();
        html.Add($"<table class=\"list\" id=\"releases\"><thead><tr><th>Fiscal period</th><th>Period end</th><th>Date</th><th>Release</th><th class=\"num\">Facts</th><th class=\"num\">Checks pass / rounding / fail</th><th>Status</th></tr></thead><tbody>");
        foreach (var r in releases)
        {
            html.Add($"<tr><td>{r.FiscalName ?? "-"}</td><td>{Show.Date(r.PeriodEnd)}</td><td>{Show.Date(r.Date)}</td>");
            html.Add($"<td><a href=\"{Links.Release(r.Id)}\">{r.Headline ?? r.Name}</a> <small>{r.Name}</small></td><td class=\"num\">{r.FactCount}</td>");
            html.Add($"<td class=\"num\">{r.ChecksPassed} / {r.ChecksRounding} / <span class=\"{(r.ChecksFailed > 0 ? "bad" : "")}\">{r.ChecksFailed}</span></td>");
            html.Add($"<td>{(r.Failed ? "unreadable: " + r.Error : r.Status)}</td></tr>");
        }
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }

    /// <summary>Every line item the company's tables print, GAAP and non-GAAP apart, each linked to its series page; a box filters them as you type.</summary>
    public static Markup LineItems(CompanyView view)
    {
        var c = view.Company;
        var html = new HtmlBuilder();
        html.Add($"<h2 id=\"line-items\">Line items <small>{view.LineItems.Count}</small></h2>");
        if (view.LineItems.Count == 0) return html.Add($"<p class=\"empty\">No table of this company's releases prints a line item with a period.</p>").ToMarkup();
        html.Add($"<p class=\"controls\"><input type=\"search\" id=\"line-filter\" placeholder=\"Filter line items\" aria-label=\"Filter line items\" data-filter=\"#line-item-table tbody tr\"> ");
        html.Add($"<small>Pick one for its quarterly, annual or year-to-date series with year-on-year growth and its share of revenues.</small></p>");
        html.Add($"<div class=\"wide scroll-box\"><table class=\"list\" id=\"line-item-table\"><thead><tr><th>Line item</th><th>Element</th><th>Basis</th><th class=\"num\">Figures</th><th>Series</th></tr></thead><tbody>");
        foreach (var item in view.LineItems)
        {
            var basis = item.Basis == FactBasis.NonGaap ? "non-GAAP" : "GAAP";
            var others = item.OtherLabels.Count == 0 ? "" : "also printed as " + string.Join("; ", item.OtherLabels.Take(5));
            html.Add($"<tr data-basis=\"{item.Basis.ToJsonName()}\"><td><a href=\"{Links.Series(c.Key, item.Address, basis: item.Basis)}\" title=\"{others}\">{item.Label}</a></td>");
            html.Add($"<td><small>{item.Concept ?? ""}</small></td><td>{basis}</td><td class=\"num\">{item.Figures}</td><td>");
            html.Add($"<a href=\"{Links.Series(c.Key, item.Address, SeriesKind.Annual, item.Basis)}\">annual</a> <a href=\"{Links.Series(c.Key, item.Address, SeriesKind.YearToDate, item.Basis)}\">year to date</a></td></tr>");
        }
        html.Add($"</tbody></table></div>");
        return html.ToMarkup();
    }

    public static Markup CrossChecks(IReadOnlyList<CrossReleaseCheck> checks, int? page = null, Func<int, string>? href = null)
    {
        var html = new HtmlBuilder();
        var pass = checks.Count(x => x.Status == CheckStatus.Pass);
        var rounding = checks.Count(x => x.Status == CheckStatus.Rounding);
        var failing = checks.Where(x => x.Status == CheckStatus.Fail).ToList();
        html.Add($"<p class=\"facts\">{Counted.Of(checks.Count, "figure")} printed again by a later release: {pass} agree, {rounding} agree within rounding, {failing.Count} differ.</p>");
        if (failing.Count > 0)
        {
            var pager = Pager.Of(failing.Count, page, ChecksPerPage);
            if (href is not null) html.Add(pager.Links("checks-pager", href));
            html.Add($"<ul class=\"conflicts\" id=\"cross-failures\">");
            foreach (var x in href is null ? failing : pager.Items(failing))
                html.Add($"<li class=\"conflict-beyond\">{x.Message} <a href=\"{Links.Fact(x.First.Release.Id, x.First.FactIndex)}\">first</a> <a href=\"{Links.Fact(x.Later.Release.Id, x.Later.FactIndex)}\">later</a></li>");
            html.Add($"</ul>");
        }
        return html.ToMarkup();
    }
}
