using Tickmark.Web.Html;

namespace Tickmark.Web.Pages;

/// <summary>A long list shown a page at a time: which items page N holds, and the links to the other pages ("page 2 of 5").</summary>
public sealed record Pager(int Total, int Page, int Size)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    /// <summary>The page asked for, kept within 1..<see cref="Pages"/> (an address with a page past the end shows the last).</summary>
    public static Pager Of(int total, int? page, int size)
    {
        var pager = new Pager(total, 1, size);
        return pager with { Page = Math.Clamp(page ?? 1, 1, pager.Pages) };
    }

    public IEnumerable<T> Items<T>(IEnumerable<T> all) => all.Skip((Page - 1) * Size).Take(Size);

    /// <summary>Nothing for one page; else "Page 2 of 5 (items 51-100 of 230)" with links to the first, previous, next and last pages.</summary>
    public Markup Links(string id, Func<int, string> href)
    {
        if (Pages <= 1) return Markup.Empty;
        var html = new HtmlBuilder();
        var first = (Page - 1) * Size + 1;
        html.Add($"<nav class=\"pager\" id=\"{id}\" data-page=\"{Page}\" data-pages=\"{Pages}\">Page {Page} of {Pages} <small>({first}-{Math.Min(Total, Page * Size)} of {Total})</small> ");
        void Step(string text, int page, string rel)
        {
            if (page < 1 || page > Pages || page == Page) html.Add($"<span class=\"off\">{text}</span> ");
            else html.Add($"<a href=\"{href(page)}\" rel=\"{rel}\" data-page=\"{page}\">{text}</a> ");
        }
        Step("first", 1, "first");
        Step("previous", Page - 1, "prev");
        Step("next", Page + 1, "next");
        Step("last", Pages, "last");
        html.Add($"</nav>");
        return html.ToMarkup();
    }
}
