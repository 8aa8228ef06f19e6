using Tickmark.Periods;
using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// A stored statement as a clean table: one row per line item (label, indented under its section),
/// one column per period, values in base units. Each cell knows its fact: on the release page it
/// carries <c>data-fact</c> and a status class, so clicking it shows the fact and scrolls the source
/// to it; in a report it says the line and column it is printed at.
/// </summary>
public static class StatementTable
{
    public static Markup Render(StoredStatement s, ReleaseView release, bool interactive)
    {
        var cells = release.Facts.Where(f => f.Fact.StatementIndex == s.Index && f.Fact.Row is not null && f.Fact.Column is not null)
            .GroupBy(f => (f.Fact.Row!.Value, f.Fact.Column!.Value)).ToDictionary(g => g.Key, g => g.First());
        var html = new HtmlBuilder();
        html.Add($"<table class=\"statement\" id=\"statement-{s.Index}\"><caption>{s.Title} <small>lines {s.FirstLine}-{s.LastLine}, printed in {ScaleName(s.Scale)}</small></caption>");
        html.Add($"<thead><tr><th></th>");
        foreach (var c in s.Columns) html.Add($"<th class=\"num\" title=\"{c.Heading}\">{Heading(c)}</th>");
        if (!interactive) html.Add($"<th class=\"num\">line</th>");
        html.Add($"</tr></thead><tbody>");
        var section = "";
        foreach (var row in s.Rows)
        {
            if (row.Section != section && row.Section != "")
                html.Add($"<tr class=\"section\"><th colspan=\"{s.Columns.Count + (interactive ? 1 : 2)}\">{row.Section}</th></tr>");
            section = row.Section;
            html.Add($"<tr><th class=\"label{(row.Section == "" ? "" : " indented")}\" title=\"{row.Concept ?? "no US-GAAP element"}\">{row.Label}</th>");
            foreach (var c in s.Columns)
            {
                if (!cells.TryGetValue((row.Index, c.Index), out var f)) { html.Add($"<td></td>"); continue; }
                var value = Show.Value(f.Fact.Value);
                if (interactive)
                    html.Add($"<td class=\"num cell s-{release.StatusOf(f.Index).Name()}\" id=\"c{f.Index}\" data-fact=\"{f.Index}\" tabindex=\"0\" title=\"printed at {f.Line}:{f.Column}\">{value}</td>");
                else
                    html.Add($"<td class=\"num\" title=\"printed at line {f.Line}, column {f.Column}\">{value}</td>");
            }
            if (!interactive) html.Add($"<td class=\"num where\">{row.Line}</td>");
            html.Add($"</tr>");
        }
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }

    /// <summary>"3 months to 2006-12-31", "at 2006-12-31", or the heading as printed.</summary>
    public static string Heading(StoredColumn c) => c.IsChange ? c.Heading : c.Period switch
    {
        Duration d => $"{d.Months} months to {Show.Date(d.End)}",
        Instant i => $"at {Show.Date(i.Date)}",
        _ => c.Heading,
    };

    private static string ScaleName(decimal scale) => scale switch
    {
        1m => "units",
        1_000m => "thousands",
        1_000_000m => "millions",
        1_000_000_000m => "billions",
        _ => $"units of {Show.Value(scale)}",
    };
}
