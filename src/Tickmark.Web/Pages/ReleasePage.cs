using Tickmark.Checks;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Text;

namespace Tickmark.Web.Pages;

/// <summary>
/// A release: its particulars and check summary; the document as published with every extracted
/// number highlighted by what the checks say; beside it the panel that shows a clicked number's fact
/// and checks, and the statements as clean tables whose cells scroll the document to where they are printed.
/// </summary>
public static class ReleasePage
{
    public const int ChecksPerPage = 100;

    /// <summary>The page; <paramref name="checksPage"/> picks the page of its list of checks (failures first); <paramref name="said"/> adds what the release says besides its figures.</summary>
    public static string Render(ReleaseView view, string? text, string? companyKey, int? checksPage = null, Store.Reading.DisclosureView? said = null)
    {
        var r = view.Release;
        var body = new HtmlBuilder();
        body.Add(Particulars(view));
        body.Add($"<div class=\"release-grid\"><section class=\"source-pane\"><div class=\"pane-bar\"><span>Document as published");
        body.Add($" <small>{r.Name}, {r.Format}</small></span>");
        if (r.Format == "html" && text is not null)
            body.Add($"<span class=\"views\"><button type=\"button\" data-view=\"text\" class=\"on\">Text with figures</button><button type=\"button\" data-view=\"rendered\">Rendered</button> <a href=\"/api/releases/{r.Id}/source\">HTML source</a></span>");
        body.Add($"</div>");
        if (text is null) body.Add($"<p class=\"empty\">The document text was not stored.</p>");
        else
        {
            // An HTML release reads as text (its navigation and head left out); a text release is shown as it is.
            body.Add(r.Format == "html" ? ReadingView.Render(text, view).Html : SourceView.Render(text, view).Html);
            if (r.Format == "html")
                body.Add($"<iframe id=\"rendered\" class=\"rendered\" hidden sandbox=\"\" title=\"The release as its HTML renders\" data-src=\"{Links.Rendered(r.Id)}\"></iframe>");
        }
        body.Add($"</section><aside class=\"side\">");
        body.Add($"<section id=\"panel\" class=\"panel\" aria-live=\"polite\"><p class=\"hint\">Click a highlighted number in the document, or a cell of a statement, to see its fact and the checks it takes part in.</p></section>");
        body.Add($"<div class=\"side-scroll\"><section class=\"statements\">");
        if (view.Facts.Count > 0)
            body.Add($"<p class=\"downloads\" id=\"release-downloads\">All {Counted.Of(view.Facts.Count, "fact")}: <a href=\"{Links.FactsData(r.Id, "csv")}\" download>CSV</a> <a href=\"{Links.FactsData(r.Id, "json")}\" download>JSON</a> <a href=\"{Links.FactsData(r.Id, "parquet")}\" download>Parquet</a></p>");
        foreach (var s in view.Detail.Statements)
        {
            body.Add(StatementTable.Render(s, view, interactive: true));
            body.Add($"<p class=\"downloads\" data-statement=\"{s.Index}\">This statement: <a href=\"{Links.StatementData(r.Id, s.Index, "csv")}\" download>CSV</a> <a href=\"{Links.StatementData(r.Id, s.Index, "json")}\" download>JSON</a> <a href=\"{Links.StatementData(r.Id, s.Index, "parquet")}\" download>Parquet</a></p>");
        }
        if (view.Detail.Statements.Count == 0) body.Add($"<p class=\"empty\">No financial statements were read from this release.</p>");
        body.Add($"</section>");
        // In the side pane, under the statements: the page is one screen high and its panes scroll.
        if (said is not null) body.Add(DisclosureSections.Render(said));
        body.Add(CheckList(view, checksPage));
        body.Add($"</div></aside></div>");
        body.Add($"<script type=\"application/json\" id=\"release-data\">{new Markup(ReleaseData.ToJson(view, text))}</script>");

        var trail = companyKey is null
            ? Layout.Trail(("release " + r.Id, null))
            : Layout.Trail((r.Ticker ?? companyKey, Links.Company(companyKey)), (r.FiscalName ?? r.Name, null));
        return Layout.Page(r.Headline ?? r.Name, trail, body.ToMarkup(), script: true, bodyClass: "release");
    }

    private static Markup Particulars(ReleaseView view)
    {
        var r = view.Release;
        var html = new HtmlBuilder();
        html.Add($"<section class=\"release-head\"><h1>{r.Headline ?? r.Name}</h1><p class=\"facts\">");
        html.Add($"{r.CompanyName ?? "no company named"}{(r.Ticker is null ? "" : $" ({r.Exchange}: {r.Ticker})")}");
        foreach (var part in new[] { r.FiscalName is null ? null : $"fiscal {r.FiscalName} to {Show.Date(r.PeriodEnd)}", Show.Date(r.Date), r.City, r.Wire })
            if (!string.IsNullOrEmpty(part)) html.Add($" | {part}");
        html.Add($"</p><p class=\"facts\">{Counted.Of(r.FactCount, "fact")}, {Counted.Of(r.StatementCount, "statement")}; checks: ");
        html.Add($"<span class=\"badge s-pass\">{r.ChecksPassed} pass</span> <span class=\"badge s-rounding\">{r.ChecksRounding} within rounding</span> <span class=\"badge s-fail\">{r.ChecksFailed} fail</span>");
        var notChecked = view.Facts.Count(f => view.StatusOf(f.Index) == FactStatus.Unchecked);
        html.Add($" <span class=\"badge s-unchecked\">{Counted.Of(notChecked, "figure")} unchecked</span>");
        html.Add($" <small>#{r.Id} {r.Name}, sha256 {r.ContentHash[..Math.Min(12, r.ContentHash.Length)]}, parser {r.ParserVersion}</small></p>");
        if (r.Failed) html.Add($"<p class=\"error\">This release could not be read: {r.Error}</p>");
        if (view.Detail.Diagnostics.Count > 0)
        {
            html.Add($"<details class=\"diagnostics\"><summary>{Counted.Of(view.Detail.Diagnostics.Count, "diagnostic")}</summary><ul>");
            foreach (var d in view.Detail.Diagnostics) html.Add($"<li class=\"{d.SeverityName}\">{d.SeverityName} {d.Code}{(d.Line > 0 ? $" (line {d.Line})" : "")}: {d.Message}</li>");
            html.Add($"</ul></details>");
        }
        html.Add($"</section>");
        return html.ToMarkup();
    }

    /// <summary>Every check of the release, failures first, each figure a link that selects it.</summary>
    private static Markup CheckList(ReleaseView view, int? page)
    {
        var html = new HtmlBuilder();
        var failed = view.Checks.Count(c => c.Status == CheckStatus.Fail);
        var pager = Pager.Of(view.Checks.Count, page, ChecksPerPage);
        html.Add($"<details class=\"all-checks\" id=\"all-checks\"{(failed > 0 || page is not null ? new Markup(" open") : Markup.Empty)}><summary>All checks ({view.Checks.Count}, {failed} failing)</summary>");
        html.Add(pager.Links("checks-pager", n => Links.Page(Links.Release(view.Release.Id), "checks", n) + "#all-checks"));
        html.Add($"<ul class=\"checks\">");
        foreach (var c in pager.Items(view.Checks.OrderByDescending(c => c.Status)))
        {
            html.Add($"<li class=\"check s-{c.StatusName}\" data-status=\"{c.StatusName}\"><span class=\"badge s-{c.StatusName}\">{c.StatusName}</span> <b>{c.Rule}</b>: {c.Message}<span class=\"figs\">");
            foreach (var i in c.Facts.Distinct())
                if (view.Fact(i) is { } f) html.Add($" <a href=\"#f{i}\" data-goto=\"{i}\">{f.Line}:{f.Column}</a>");
            html.Add($"</span></li>");
        }
        html.Add($"</ul></details>");
        return html.ToMarkup();
    }
}
