using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;
using Tickmark.Text;

namespace Tickmark.Web.Pages;

/// <summary>The releases stored with no company (they name none, or could not be read), a page at a time, each linked to its page.</summary>
public static class UnassignedPage
{
    public const int PerPage = 50;

    public static string Render(IReadOnlyList<ReleaseSummary> releases, int? page)
    {
        var body = new HtmlBuilder();
        body.Add($"<h1>Releases with no company <small>{releases.Count}</small></h1>");
        body.Add($"<p class=\"note\">These releases name no company Tickmark could read (in the headline, the dateline, the letterhead or a statement title), or could not be read at all. Each still has its page.</p>");
        if (releases.Count == 0) return Layout.Page("Releases with no company", Layout.Trail(("no company", null)), body.Add($"<p class=\"empty\">Every stored release has a company.</p>").ToMarkup());
        var pager = Pager.Of(releases.Count, page, PerPage);
        body.Add(pager.Links("unassigned-pager", n => Links.Page(Links.Unassigned, "page", n)));
        body.Add($"<table class=\"list\" id=\"unassigned\"><thead><tr><th>Release</th><th>Date</th><th>Fiscal period</th><th class=\"num\">Facts</th><th>Status</th></tr></thead><tbody>");
        foreach (var r in pager.Items(releases))
        {
            body.Add($"<tr><td><a href=\"{Links.Release(r.Id)}\">{r.Headline ?? r.Name}</a> <small>#{r.Id} {r.Name}</small></td><td>{Show.Date(r.Date)}</td><td>{r.FiscalName ?? "-"}</td>");
            body.Add($"<td class=\"num\">{r.FactCount}</td><td>{(r.Failed ? "unreadable: " + r.Error : r.Status)}</td></tr>");
        }
        body.Add($"</tbody></table>");
        return Layout.Page("Releases with no company", Layout.Trail(($"{Counted.Of(releases.Count, "release")} with no company", null)), body.ToMarkup());
    }
}
