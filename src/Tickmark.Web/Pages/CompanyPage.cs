using Tickmark.Checks;
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
    public static string Render(CompanyView view)
    {
        var c = view.Company;
        var body = new HtmlBuilder();
        body.Add($"<h1>{view.Title}</h1>");
        body.Add($"<p class=\"facts\">{Counted.Of(c.Releases, "release")}{(c.FailedReleases > 0 ? $" ({c.FailedReleases} unreadable)" : "")}, periods {CompaniesPage.Covered(c)}; ");
        body.Add($"checks passing {Show.Share(c.CheckPassShare)} ({c.ChecksPassed} pass, {c.ChecksRounding} within rounding, {c.ChecksFailed} fail)</p>");

        body.Add(ChartGrid.Series(view.Charts, view.Axis, Link));
        if (view.Charts.Count > 0)
        {
            body.Add($"<h2>Conflicts</h2>");
            body.Add(ChartGrid.Conflicts(view.Charts));
        }

        body.Add($"<h2>Releases</h2>");
        body.Add(ReleaseList(view.Releases));
        body.Add($"<h2>Releases checked against each other</h2>");
        body.Add(CrossChecks(view.CrossChecks));
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

    public static Markup CrossChecks(IReadOnlyList<CrossReleaseCheck> checks)
    {
        var html = new HtmlBuilder();
        var pass = checks.Count(x => x.Status == CheckStatus.Pass);
        var rounding = checks.Count(x => x.Status == CheckStatus.Rounding);
        var failing = checks.Where(x => x.Status == CheckStatus.Fail).ToList();
        html.Add($"<p class=\"facts\">{Counted.Of(checks.Count, "figure")} printed again by a later release: {pass} agree, {rounding} agree within rounding, {failing.Count} differ.</p>");
        if (failing.Count > 0)
        {
            html.Add($"<ul class=\"conflicts\">");
            foreach (var x in failing)
                html.Add($"<li class=\"conflict-beyond\">{x.Message} <a href=\"{Links.Fact(x.First.Release.Id, x.First.FactIndex)}\">first</a> <a href=\"{Links.Fact(x.Later.Release.Id, x.Later.FactIndex)}\">later</a></li>");
            html.Add($"</ul>");
        }
        return html.ToMarkup();
    }
}
