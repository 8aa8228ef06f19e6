using Tickmark.Checks;
using Tickmark.Store;
using Tickmark.Store.Reading;
using Tickmark.Web.Assets;
using Tickmark.Web.Charts;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Web.Pages;
using Tickmark.Text;

namespace Tickmark.Web.Report;

/// <summary>
/// One self-contained HTML file for a company, to mail or archive: styles inline, charts as inline
/// SVG, no script, nothing fetched from anywhere. It holds the series charts and table, where each
/// figure comes from (release file and line:column), the latest statements, the checks, and the releases.
/// Its links all point inside the file.
/// </summary>
public static class CompanyReport
{
    public static string Render(TickmarkStore store, CompanyView view)
    {
        var c = view.Company;
        var html = new HtmlBuilder();
        html.Add($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Add($"<title>{view.Title} - Tickmark report</title><style>{new Markup(EmbeddedAssets.Css)}</style></head><body class=\"report\"><main>");
        html.Add($"<h1>{view.Title}</h1>");
        html.Add($"<p class=\"facts\">{Counted.Of(c.Releases, "release")}, periods {CompaniesPage.Covered(c)}; checks passing {Show.Share(c)} ");
        html.Add($"({c.ChecksPassed} pass, {c.ChecksRounding} within rounding, {c.ChecksFailed} fail; across releases {c.CrossChecks.Passed} agree, {c.CrossChecks.Rounding} within rounding, {c.CrossChecks.Failed} differ).</p>");
        html.Add($"<p class=\"note\">Values are in base units (dollars, dollars per share). Every figure names the release file and the line:column where it is printed; derived figures name the printed figures they are worked out from.</p>");

        html.Add(ChartGrid.Series(view.Charts, view.Axis, Anchor));
        if (view.Charts.Count > 0)
        {
            html.Add($"<h2>Where each figure comes from</h2>");
            foreach (var chart in view.Charts) html.Add(SourceTable(chart));
        }

        html.Add(LatestStatements(store, view.Releases));
        html.Add(ReportChecks.Render(store, view));
        html.Add($"<h2>Releases</h2>");
        html.Add(ReleaseTable(view.Releases));
        html.Add($"</main></body></html>");
        return html.ToString();
    }

    /// <summary>A point links to its row in "Where each figure comes from".</summary>
    private static string Anchor(ChartSeries series, ChartPoint p) => $"#src-{series.Id}-{p.Slot.Name}";

    private static Markup SourceTable(ChartSeries chart)
    {
        var html = new HtmlBuilder();
        html.Add($"<h3>{chart.Title} <small>{chart.Basis}, {Show.Unit(chart.Unit)}</small></h3>");
        html.Add($"<table class=\"sources\"><thead><tr><th>Quarter</th><th>Period</th><th class=\"num\">Value</th><th>How</th><th>Printed at</th><th>Other values found</th></tr></thead><tbody>");
        foreach (var p in chart.Points.OrderBy(p => p.Quarter))
        {
            var where = p.Derived ? string.Join("; ", p.Sources.Select(s => $"{Show.Value(s.Value)} at {s.Where}")) : string.Join("; ", p.Sources.Select(s => s.Where));
            html.Add($"<tr id=\"src-{chart.Id}-{p.Slot.Name}\" class=\"{(p.Derived ? "derived" : "reported")}\"><td>{Show.Fiscal(p.Slot)}</td><td>{Show.Period(p.Period)}</td>");
            html.Add($"<td class=\"num\">{Show.Value(p.Value)}</td><td>{p.How}</td><td class=\"where\">{where}</td><td>");
            foreach (var note in p.Conflicts) html.Add($"<div class=\"conflict-{SvgChart.Conflict(note.Level)}\">{note.Text}</div>");
            html.Add($"</td></tr>");
        }
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }

    /// <summary>The statements of the latest release that could be read, each row with the line it is printed on.</summary>
    private static Markup LatestStatements(TickmarkStore store, IReadOnlyList<ReleaseSummary> releases)
    {
        var html = new HtmlBuilder();
        html.Add($"<h2>Latest statements</h2>");
        var latest = releases.LastOrDefault(r => !r.Failed && r.StatementCount > 0);
        if (latest is null || store.Reader.Release(latest.Id) is not { } detail)
        {
            html.Add($"<p class=\"empty\">No release of this company has statements.</p>");
            return html.ToMarkup();
        }
        html.Add($"<p class=\"note\">From {latest.Name} ({latest.FiscalName ?? "no fiscal period"}, dated {Show.Date(latest.Date)}): {latest.Headline ?? ""}. Hover a value for its line and column.</p>");
        var view = new ReleaseView(detail);
        foreach (var s in detail.Statements) html.Add(StatementTable.Render(s, view, interactive: false));
        return html.ToMarkup();
    }

    private static Markup ReleaseTable(IReadOnlyList<ReleaseSummary> releases)
    {
        var html = new HtmlBuilder();
        html.Add($"<table class=\"list\"><thead><tr><th>Fiscal period</th><th>Date</th><th>File</th><th>Headline</th><th class=\"num\">Facts</th><th>sha256</th></tr></thead><tbody>");
        foreach (var r in releases)
            html.Add($"<tr><td>{r.FiscalName ?? "-"}</td><td>{Show.Date(r.Date)}</td><td>{r.Name}</td><td>{(r.Failed ? "unreadable: " + r.Error : r.Headline ?? "")}</td><td class=\"num\">{r.FactCount}</td><td><small>{r.ContentHash[..Math.Min(16, r.ContentHash.Length)]}</small></td></tr>");
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }
}
