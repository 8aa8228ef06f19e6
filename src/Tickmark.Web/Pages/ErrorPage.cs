using Tickmark.Web.Html;

namespace Tickmark.Web.Pages;

/// <summary>A page for a request that cannot be answered: what was wrong, in one sentence, and a way back.</summary>
public static class ErrorPage
{
    public static string Render(int status, string message)
    {
        var title = status switch { 400 => "Bad request", 404 => "Not found", 405 => "Method not allowed", _ => "Something went wrong" };
        var body = HtmlBuilder.Of($"<h1>{title}</h1><p class=\"error\">{message}</p><p><a href=\"/\">All companies</a></p>");
        return Layout.Page(title, Markup.Empty, body);
    }
}
