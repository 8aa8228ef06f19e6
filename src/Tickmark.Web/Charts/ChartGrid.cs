using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Charts;

/// <summary>The charts of a company side by side, with one legend, and the series table that holds the same points: line items down, quarters across.</summary>
public static class ChartGrid
{
    public static Markup Legend() => new("""
        <p class="legend"><span class="key reported"></span> printed in a release <span class="key derived"></span> derived from printed figures
        <span class="key conflict"></span> releases disagree beyond rounding</p>
        """);

    /// <summary>The quarterly series of a company, shared by its page and its report: legend, charts and table, or a note that there are none.</summary>
    public static Markup Series(IReadOnlyList<ChartSeries> charts, QuarterAxis axis, Func<ChartSeries, ChartPoint, string?> link)
    {
        var html = new HtmlBuilder();
        html.Add($"<h2>Quarterly series</h2>");
        if (charts.Count == 0) return html.Add($"<p class=\"empty\">No quarterly figures for revenues, results or cash were found in this company's tables.</p>").ToMarkup();
        html.Add(Legend());
        html.Add(Charts(charts, axis, link));
        html.Add(Table(charts, axis, link));
        return html.ToMarkup();
    }

    public static Markup Charts(IReadOnlyList<ChartSeries> charts, QuarterAxis axis, Func<ChartSeries, ChartPoint, string?> link)
    {
        var html = new HtmlBuilder();
        html.Add($"<div class=\"charts\">");
        foreach (var c in charts)
        {
            html.Add($"<figure class=\"chart-box\" id=\"figure-{c.Id}\"><figcaption>{c.Title} <small>{c.Basis}, {Show.Unit(c.Unit)}</small></figcaption>");
            html.Add(SvgChart.Render(c, axis, p => link(c, p)));
            html.Add($"</figure>");
        }
        html.Add($"</div>");
        return html.ToMarkup();
    }

    /// <summary>
    /// Line items down, quarters across. A derived value is in italics, a conflict is flagged; the
    /// tooltip says how the value was found and where it is printed; <paramref name="link"/> links each value.
    /// </summary>
    public static Markup Table(IReadOnlyList<ChartSeries> charts, QuarterAxis axis, Func<ChartSeries, ChartPoint, string?> link)
    {
        var html = new HtmlBuilder();
        html.Add($"<div class=\"wide\"><table class=\"series\" id=\"series-table\"><thead><tr><th></th>");
        foreach (var q in axis.Quarters) html.Add($"<th class=\"num\">{axis.Label(q)}</th>");
        html.Add($"</tr></thead><tbody>");
        foreach (var c in charts)
        {
            html.Add($"<tr data-series=\"{c.Id}\"><th>{c.Title}</th>");
            foreach (var q in axis.Quarters)
            {
                if (c.At(q) is not { } p) { html.Add($"<td></td>"); continue; }
                var classes = $"num {(p.Derived ? "derived" : "reported")} conflict-{SvgChart.Conflict(p.Conflict)}";
                var text = Show.Value(p.Value) + (c.Unit == Units.Unit.Percent ? "%" : "");
                var flag = p.Conflict == ConflictLevel.None ? Markup.Empty : HtmlBuilder.Of($"<span class=\"flag\">{(p.Conflict == ConflictLevel.Beyond ? "!" : "~")}</span>");
                var href = link(c, p);
                html.Add($"<td class=\"{classes}\" id=\"{c.Id}-{p.Slot.Name}\" title=\"{SvgChart.Tooltip(c, p)}\">");
                if (href is null) html.Add($"{text}{flag}</td>");
                else html.Add($"<a href=\"{href}\">{text}</a>{flag}</td>");
            }
            html.Add($"</tr>");
        }
        html.Add($"</tbody></table></div>");
        return html.ToMarkup();
    }

    /// <summary>
    /// Every point with another value for its period: what was found and whether it agrees within
    /// rounding; those beyond rounding first, the others folded away. Computed series are left out:
    /// their conflicts are their inputs'.
    /// </summary>
    public static Markup Conflicts(IReadOnlyList<ChartSeries> charts)
    {
        var notes = charts.Where(c => !c.Computed)
            .SelectMany(c => c.Points.SelectMany(p => p.Conflicts.Select(n => (Chart: c, Point: p, Note: n)))).ToList();
        var html = new HtmlBuilder();
        var beyond = notes.Where(x => x.Note.Level == ConflictLevel.Beyond).ToList();
        var rounding = notes.Where(x => x.Note.Level != ConflictLevel.Beyond).ToList();
        if (notes.Count == 0) html.Add($"<p class=\"note\">No two releases disagree about these series, and every derivation agrees with what is printed.</p>");
        if (beyond.Count > 0) html.Add(List(beyond));
        else if (notes.Count > 0) html.Add($"<p class=\"note\">No value differs beyond rounding.</p>");
        if (rounding.Count > 0)
            html.Add($"<details><summary>{(rounding.Count == 1 ? "1 other value agrees" : $"{rounding.Count} other values agree")} within rounding</summary>{List(rounding)}</details>");
        return html.ToMarkup();
    }

    /// <summary>One row per other value: the line item and period, the value that stands and where, the other value, the difference, how it was found, whether it agrees within rounding, and where it is printed.</summary>
    private static Markup List(IEnumerable<(ChartSeries Chart, ChartPoint Point, ConflictNote Note)> notes)
    {
        var html = new HtmlBuilder();
        html.Add($"<div class=\"wide\"><table class=\"list conflicts-table\"><thead><tr><th>Line item</th><th>Period</th><th class=\"num\">Value that stands</th><th>Printed at</th>");
        html.Add($"<th class=\"num\">Other value</th><th class=\"num\">Difference</th><th>Found by</th><th>Agrees</th><th>Other value printed at</th></tr></thead><tbody>");
        foreach (var (c, p, note) in notes)
        {
            var stands = p.Derived ? p.How : p.Sources.Count > 0 ? p.Sources[0].Where : "";
            var other = note.Value is { } v ? Show.Value(v) : "";
            var difference = note.Value is { } w ? Show.Value(w - p.Value) : "";
            var agrees = note.Level == ConflictLevel.Beyond ? "no, beyond rounding" : "within rounding";
            html.Add($"<tr class=\"conflict-{SvgChart.Conflict(note.Level)}\" title=\"{note.Text}\"><th>{c.Title}</th><td>{Show.Fiscal(p.Slot)}</td><td class=\"num\">{Show.Value(p.Value)}</td><td class=\"where\">{stands}</td>");
            html.Add($"<td class=\"num\">{other}</td><td class=\"num\">{difference}</td><td>{note.Kind}</td><td>{agrees}</td><td class=\"where\">{note.Where}</td></tr>");
        }
        html.Add($"</tbody></table></div>");
        return html.ToMarkup();
    }
}
