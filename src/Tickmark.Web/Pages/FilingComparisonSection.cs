using Tickmark.Comparison;
using Tickmark.Store.Output;
using Tickmark.Web.Html;

namespace Tickmark.Web.Pages;

/// <summary>The company page's releases against its filings: the summary, then each figure that differs or is missing, linked to both figures.</summary>
public static class FilingComparisonSection
{
    public static Markup Render(FilingComparison c)
    {
        var html = new HtmlBuilder();
        html.Add($"<p class=\"facts\" id=\"filings\">{ComparisonTextRenderer.Summary(c)}</p>");
        var shown = c.Facts.Where(f => f.Outcome is ComparisonOutcome.Differs or ComparisonOutcome.MissingInFiling or ComparisonOutcome.MissingInRelease).ToList();
        if (shown.Count == 0) return html.ToMarkup();
        html.Add($"<ul class=\"conflicts\">");
        foreach (var f in shown)
        {
            var css = f.Outcome == ComparisonOutcome.Differs ? "conflict-beyond" : "conflict-rounding";
            html.Add($"<li class=\"{css}\">{ComparisonTextRenderer.Line(f)} <a href=\"{Links.Fact(f.Release.Release.Id, f.Release.Index)}\">release</a>");
            if (f.Filing is { } filing) html.Add($" <a href=\"{Links.Fact(filing.Release.Id, filing.Index)}\">filing</a>");
            html.Add($"</li>");
        }
        html.Add($"</ul>");
        return html.ToMarkup();
    }
}
