using Tickmark.Facts;
using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>The search box's answer: companies by ticker or name, then line items of any company by label or element, each linked to its page.</summary>
public static class SearchPage
{
    public const int Limit = 100;

    /// <summary>The search form every page's top bar carries (a GET to /search; the page policy allows forms to this app only).</summary>
    public static Markup Form(string query = "") => HtmlBuilder.Of($"<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" id=\"search-box\" value=\"{query}\" placeholder=\"Company or line item\" aria-label=\"Search for a company or a line item\"><button type=\"submit\">Search</button></form>");

    public static string Render(string query, IReadOnlyList<CompanySummary> companies, IReadOnlyList<(CompanySummary Company, LineItemSummary Item)> items)
    {
        var body = new HtmlBuilder();
        body.Add($"<h1>Search <small>{query}</small></h1>");
        body.Add(Form(query));
        body.Add($"<h2>Companies <small>{companies.Count}</small></h2>");
        if (companies.Count == 0) body.Add($"<p class=\"empty\" id=\"no-companies\">No company's ticker or name contains \u201c{query}\u201d.</p>");
        else
        {
            body.Add($"<ul id=\"company-results\">");
            foreach (var c in companies)
                body.Add($"<li><a href=\"{Links.Company(c.Key)}\">{c.DisplayName}</a> {(c.Ticker is null ? "" : $"({c.Ticker})")} <small>{c.Releases} releases, {CompaniesPage.Covered(c)}</small></li>");
            body.Add($"</ul>");
        }
        body.Add($"<h2>Line items <small>{items.Count}{(items.Count >= Limit ? " (the first " + Limit + ")" : "")}</small></h2>");
        if (items.Count == 0) body.Add($"<p class=\"empty\" id=\"no-line-items\">No line item's label or element contains \u201c{query}\u201d.</p>");
        else
        {
            body.Add($"<table class=\"list\" id=\"line-item-results\"><thead><tr><th>Company</th><th>Line item</th><th>Element</th><th>Basis</th></tr></thead><tbody>");
            foreach (var (c, item) in items.OrderBy(x => x.Company.Ticker ?? x.Company.Key, StringComparer.Ordinal).ThenBy(x => x.Item.Label, StringComparer.Ordinal))
            {
                var basis = FactBasisNames.Parse(item.Basis);
                body.Add($"<tr><td><a href=\"{Links.Company(c.Key)}\">{c.Ticker ?? c.DisplayName}</a></td><td><a href=\"{Links.Series(c.Key, item.Concept ?? item.Label, basis: basis)}\">{item.Label}</a></td>");
                body.Add($"<td><small>{item.Concept ?? ""}</small></td><td>{(basis == FactBasis.NonGaap ? "non-GAAP" : "GAAP")}</td></tr>");
            }
            body.Add($"</tbody></table>");
        }
        return Layout.Page($"Search: {query}", Layout.Trail(("search", null)), body.ToMarkup());
    }
}
