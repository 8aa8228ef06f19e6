using Tickmark.Web.Html;

namespace Tickmark.Web.Pages;

/// <summary>The page shell of the web app: title, the one stylesheet, a top bar with where you are, and the one script when the page needs it.</summary>
public static class Layout
{
    /// <summary>A page of the app; every page loads the one script (the release page's panel, the line-item filter), <paramref name="script"/> is kept for callers that name it.</summary>
    public static string Page(string title, Markup trail, Markup body, bool script = true, string bodyClass = "")
    {
        var html = new HtmlBuilder();
        html.Add($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Add($"<title>{title} - Tickmark</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>");
        html.Add($"<body class=\"{bodyClass}\"><header class=\"top\"><a class=\"brand\" href=\"/\">Tickmark</a><a class=\"nav-calls\" href=\"{Links.Calendar}\">Calls</a><nav class=\"trail\">{trail}</nav>{SearchPage.Form()}</header>");
        html.Add($"<main>{body}</main>");
        html.Add($"<script src=\"/static/app.js\"></script>");
        html.Add($"</body></html>");
        return html.ToString();
    }

    /// <summary>" / BSMD / FY2006 Q4": each step a link but the last.</summary>
    public static Markup Trail(params (string Text, string? Href)[] steps)
    {
        var html = new HtmlBuilder();
        foreach (var (text, href) in steps)
        {
            html.Add($"<span class=\"sep\">/</span>");
            if (href is null) html.Add($"<span>{text}</span>");
            else html.Add($"<a href=\"{href}\">{text}</a>");
        }
        return html.ToMarkup();
    }
}
