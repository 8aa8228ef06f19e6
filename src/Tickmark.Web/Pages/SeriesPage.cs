using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Web.Charts;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// Any line item of a company: quarterly, annual or year to date, GAAP or non-GAAP (links switch
/// between them), its chart, every point with where it is printed, its year-on-year growth and its
/// share of revenues, the other values found as a table, and the series as CSV, JSON or Parquet.
/// </summary>
public static class SeriesPage
{
    private static readonly (SeriesKind Kind, string Text)[] Kinds = [(SeriesKind.Quarterly, "Quarterly"), (SeriesKind.Annual, "Annual"), (SeriesKind.YearToDate, "Year to date")];
    private static readonly (FactBasis Basis, string Text)[] Bases = [(FactBasis.Gaap, "GAAP"), (FactBasis.NonGaap, "Non-GAAP")];

    public static string Render(SeriesView view, string companyTitle)
    {
        var c = view.Company;
        var result = view.Result;
        var body = new HtmlBuilder();
        body.Add($"<h1>{result.LineItem} <small>{companyTitle}</small></h1>");
        body.Add($"<p class=\"controls\" id=\"series-controls\"><span class=\"group\" id=\"kinds\">");
        foreach (var (kind, text) in Kinds)
            body.Add($"<a href=\"{Links.Series(c.Key, view.Asked, kind, view.Basis)}\" data-kind=\"{SeriesView.KindName(kind)}\" class=\"{(kind == view.Kind ? "on" : "")}\">{text}</a>");
        body.Add($"</span><span class=\"group\" id=\"bases\">");
        foreach (var (basis, text) in Bases)
            body.Add($"<a href=\"{Links.Series(c.Key, view.Asked, view.Kind, basis)}\" data-basis=\"{basis.ToJsonName()}\" class=\"{(basis == view.Basis ? "on" : "")}\">{text}</a>");
        body.Add($"</span><span class=\"group downloads\" id=\"downloads\">Download");
        foreach (var format in new[] { "csv", "json", "parquet" })
            body.Add($" <a href=\"{Links.SeriesData(c.Key, view.Asked, view.Kind, view.Basis, format)}\" data-format=\"{format}\" download>{format.ToUpperInvariant()}</a>");
        body.Add($"</span></p>");

        var points = result.Series.Points;
        if (points.Count == 0)
        {
            body.Add($"<p class=\"empty\" id=\"no-points\">{c.Ticker ?? c.Key} has no {(view.Basis == FactBasis.NonGaap ? "non-GAAP" : "GAAP")} {SeriesView.KindName(view.Kind)} figures for {view.Asked}. ");
            body.Add($"<a href=\"{Links.Company(c.Key)}#line-items\">Its line items</a> lists what its tables print.</p>");
        }
        else
        {
            body.Add($"<p class=\"facts\">{Show.Unit(result.Series.Unit)}, fiscal year ending in month {result.Series.Calendar.YearEndMonth}; {points.Count} points, ");
            body.Add($"{points.Count(p => p.Derived)} derived, {points.Count(p => p.Conflicts.Any(x => x.Status == Checks.CheckStatus.Fail))} with values that differ beyond rounding.</p>");
            body.Add(ChartGrid.Legend());
            body.Add($"<figure class=\"chart-box wide-chart\" id=\"figure-series\"><figcaption>{result.LineItem} <small>{SeriesView.KindName(view.Kind)}, {(view.Basis == FactBasis.NonGaap ? "non-GAAP" : "GAAP")}</small></figcaption>");
            body.Add(SvgChart.Render(view.Chart, view.Axis, p => p.Sources.Count > 0 ? Links.Fact(p.Sources[0].ReleaseId, p.Sources[0].FactIndex) : null));
            body.Add($"</figure>");
            body.Add(Table(view));
            if (view.Guided.Count > 0) body.Add(Guided(view));
            body.Add($"<h2>Other values found</h2>");
            body.Add(ChartGrid.Conflicts([view.Chart]));
        }
        var trail = Layout.Trail((c.Ticker ?? c.Key, Links.Company(c.Key)), (result.LineItem, null));
        return Layout.Page($"{result.LineItem} - {c.Ticker ?? c.DisplayName}", trail, body.ToMarkup());
    }

    private static Markup Table(SeriesView view)
    {
        var percent = view.Chart.Unit == Units.Unit.Percent ? "%" : "";
        var html = new HtmlBuilder();
        html.Add($"<div class=\"wide\"><table class=\"list series-points\" id=\"series-points\"><thead><tr><th>Fiscal period</th><th>Period</th><th class=\"num\">Value</th><th class=\"num\">Year on year</th>");
        if (view.HasShareOfRevenues) html.Add($"<th class=\"num\">% of revenues</th>");
        html.Add($"<th>How</th><th>Printed at</th></tr></thead><tbody>");
        foreach (var row in view.Rows)
        {
            var p = row.Point;
            var conflict = p.Conflicts.Any(x => x.Status == Checks.CheckStatus.Fail) ? "beyond" : p.Conflicts.Count > 0 ? "rounding" : "none";
            html.Add($"<tr data-period=\"{p.Slot.Name}\" class=\"{(p.Derived ? "derived" : "reported")} conflict-{conflict}\"><td>{Show.Fiscal(p.Slot)}</td><td>{Show.Period(p.Period)}</td>");
            html.Add($"<td class=\"num value\">{Show.Value(p.Value)}{percent}</td><td class=\"num yoy\">{Percent(row.YearOnYear, signed: true)}</td>");
            if (view.HasShareOfRevenues) html.Add($"<td class=\"num margin\">{Percent(row.ShareOfRevenues, signed: false)}</td>");
            html.Add($"<td>{(p.Derivation is { } d ? $"derived: {d.Formula}" : "reported")}</td><td class=\"where\">");
            foreach (var s in p.Sources) html.Add($"<a href=\"{Links.Fact(s.Release.Id, s.FactIndex)}\">{s.Where}</a> ");
            html.Add($"</td></tr>");
        }
        html.Add($"</tbody></table></div>");
        return html.ToMarkup();
    }

    /// <summary>The outlook that stands for each guided period (the latest release's) beside the actual: below, within or above it.</summary>
    private static Markup Guided(SeriesView view)
    {
        var percent = view.Chart.Unit == Units.Unit.Percent ? "%" : "";
        var html = new HtmlBuilder();
        html.Add($"<h2 id=\"guidance-heading\">Guidance beside the actual</h2>");
        html.Add($"<div class=\"wide\"><table class=\"list series-guidance\" id=\"series-guidance\"><thead><tr><th>Fiscal period</th><th class=\"num\">Guided low-high</th><th class=\"num\">Actual</th><th>Outcome</th><th>Given in</th><th>Against the earlier outlook</th></tr></thead><tbody>");
        foreach (var p in view.Guided)
        {
            var g = p.Latest;
            var revision = p.Guidance.Last(r => r.Figure == g);
            var low = g.LowerBound is { } l ? Show.Value(l) + percent : "";
            var high = g.UpperBound is { } h ? Show.Value(h) + percent : "";
            html.Add($"<tr data-period=\"{p.Label}\" data-outcome=\"{p.Outcome ?? "ahead"}\"><td>{p.Label}</td><td class=\"num guided\">{(low == high ? low : low + " - " + high)}</td>");
            html.Add($"<td class=\"num actual\">{(p.Actual is { } a ? Show.Value(a.Value) + percent : "not yet reported")}</td><td class=\"outcome\">{p.Outcome ?? ""}</td>");
            html.Add($"<td><a href=\"{Links.Release(g.Release.Id)}#guidance\">{Show.Date(g.Release.Date)} #{g.Release.Id}</a> <small>{g.Line}:{g.Column}</small></td><td>{Store.Output.GuidanceText.Revision(revision)}</td></tr>");
        }
        html.Add($"</tbody></table></div>");
        return html.ToMarkup();
    }

    /// <summary>"+23.0%", "-4.5%", "70.5%", or "" when there is nothing to compare with.</summary>
    private static string Percent(decimal? value, bool signed) =>
        value is not { } v ? "" : (signed && v > 0 ? "+" : "") + v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
