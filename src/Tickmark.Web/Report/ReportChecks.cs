using Tickmark.Checks;
using Tickmark.Store;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Web.Pages;
using Tickmark.Text;

namespace Tickmark.Web.Report;

/// <summary>The report's check summary: each release's checks counted, every failing check with the figures it involves, and the releases checked against each other.</summary>
public static class ReportChecks
{
    public static Markup Render(TickmarkStore store, CompanyView view)
    {
        var html = new HtmlBuilder();
        html.Add($"<h2>Checks</h2>");
        html.Add($"<table class=\"list\"><thead><tr><th>Release</th><th>Fiscal period</th><th class=\"num\">Pass</th><th class=\"num\">Within rounding</th><th class=\"num\">Fail</th></tr></thead><tbody>");
        foreach (var r in view.Releases)
            html.Add($"<tr><td>{r.Name}</td><td>{r.FiscalName ?? "-"}</td><td class=\"num\">{r.ChecksPassed}</td><td class=\"num\">{r.ChecksRounding}</td><td class=\"num{(r.ChecksFailed > 0 ? " bad" : "")}\">{r.ChecksFailed}</td></tr>");
        html.Add($"</tbody></table>");

        var failing = new HtmlBuilder();
        foreach (var r in view.Releases.Where(r => r.ChecksFailed > 0))
        {
            if (store.Reader.Release(r.Id) is not { } detail) continue;
            var release = new ReleaseView(detail);
            foreach (var c in detail.Checks.Where(c => c.Status == CheckStatus.Fail))
            {
                var figures = string.Join(", ", c.Facts.Distinct().Select(release.Fact).OfType<Store.Reading.StoredFact>().Select(f => $"{Show.Value(f.Fact.Value)} at {f.Line}:{f.Column}"));
                failing.Add($"<li class=\"conflict-beyond\">{r.Name}: <b>{c.Rule}</b>: {c.Message} <small>({figures})</small></li>");
            }
        }
        var list = failing.ToString();
        html.Add(list.Length == 0 ? HtmlBuilder.Of($"<p class=\"note\">No check fails: every release agrees with itself, exactly or within the precision it prints.</p>")
            : HtmlBuilder.Of($"<h3>Failing checks</h3><ul class=\"conflicts\">{new Markup(list)}</ul>"));

        html.Add($"<h3>Releases checked against each other</h3>");
        html.Add(ReportCrossChecks(view));
        return html.ToMarkup();
    }

    private static Markup ReportCrossChecks(CompanyView view)
    {
        var checks = view.CrossChecks;
        var html = new HtmlBuilder();
        var failing = checks.Where(x => x.Status == CheckStatus.Fail).ToList();
        html.Add($"<p class=\"facts\">{Counted.Of(checks.Count, "figure")} printed again by a later release: {checks.Count(x => x.Status == CheckStatus.Pass)} agree, {checks.Count(x => x.Status == CheckStatus.Rounding)} agree within rounding, {failing.Count} differ.</p>");
        if (failing.Count > 0)
        {
            html.Add($"<ul class=\"conflicts\">");
            foreach (var x in failing) html.Add($"<li class=\"conflict-beyond\">{x.Message}</li>");
            html.Add($"</ul>");
        }
        return html.ToMarkup();
    }
}
