using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Tickmark.Facts;
using Tickmark.Html;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// An HTML release as readable text: the release's own content as Tickmark reads it (the page's
/// <c>&lt;head&gt;</c>, scripts, navigation, menus and footer left out, as <see cref="ContentLocator"/>
/// finds the article), its paragraphs as paragraphs and its tables as plain tables, every figure
/// Tickmark read wrapped in a <c>span.f</c> exactly as in <see cref="SourceView"/> (id <c>f{index}</c>,
/// <c>data-fact</c>, line, column, status class), so the release page works the same for HTML and text.
/// Each character still knows its offset in the stored HTML: a figure is wrapped where its characters are.
/// </summary>
public sealed class ReadingView
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    private ReadingView(Markup html, IReadOnlySet<int> wrapped)
    {
        Html = html;
        Wrapped = wrapped;
    }

    public Markup Html { get; }

    /// <summary>The facts shown in the text (the rendered view highlights the same ones).</summary>
    public IReadOnlySet<int> Wrapped { get; }

    public static ReadingView Render(string text, ReleaseView release)
    {
        var document = new HtmlParser(Options).ParseDocument(text);
        var root = ContentLocator.Locate(document);
        var index = RawTextIndex.Build(text, 0, root);
        var owner = Owners(text.Length, release);
        var html = new HtmlBuilder();
        var wrapped = new HashSet<int>();
        html.Add($"<div id=\"source\" class=\"source reading\">");
        foreach (var block in HtmlBlockReader.Read(root, index))
        {
            switch (block.Kind)
            {
                case HtmlBlockKind.Table:
                    html.Add($"<table class=\"reading-table\">");
                    foreach (var tr in block.Element.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == block.Element))
                    {
                        html.Add($"<tr>");
                        foreach (var cell in tr.Children.Where(c => c.LocalName is "td" or "th"))
                        {
                            var span = cell.GetAttribute("colspan") is { } cs && int.TryParse(cs, out var n) && n > 1 ? n : 1;
                            html.Add($"<td colspan=\"{span}\">");
                            Text(html, HtmlTextCollector.Collect(cell, index), owner, release, wrapped);
                            html.Add($"</td>");
                        }
                        html.Add($"</tr>");
                    }
                    html.Add($"</table>");
                    break;
                case HtmlBlockKind.Pre:
                    html.Add($"<pre class=\"reading-pre\">");
                    Text(html, block.Text, owner, release, wrapped);
                    html.Add($"</pre>");
                    break;
                default:
                    if (block.Text.Text.Trim().Length == 0) break;
                    var tag = block.Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? "heading" : block.Tag == "li" ? "item" : "para";
                    html.Add($"<p class=\"r-{tag}\">");
                    Text(html, block.Text, owner, release, wrapped);
                    html.Add($"</p>");
                    break;
            }
        }
        html.Add($"</div>");
        return new ReadingView(html.ToMarkup(), wrapped);
    }

    /// <summary>For each offset of the stored HTML, the fact printed there, or -1; a fact overlapping one already placed is left out.</summary>
    private static int[] Owners(int length, ReleaseView release)
    {
        var owner = new int[length];
        Array.Fill(owner, -1);
        foreach (var f in release.Facts.OrderBy(f => f.Fact.Span.Start).ThenBy(f => f.Index))
        {
            var span = f.Fact.Span;
            if (span.Length == 0 || span.Start < 0 || span.End > length) continue;
            var free = true;
            for (var i = span.Start; i < span.End && free; i++) free = owner[i] < 0;
            if (!free) continue;
            for (var i = span.Start; i < span.End; i++) owner[i] = f.Index;
        }
        return owner;
    }

    /// <summary>Text as read, encoded, line breaks as &lt;br&gt;; each run of characters printed by one fact wrapped in its span (the first run carries its id).</summary>
    private static void Text(HtmlBuilder html, MappedText text, int[] owner, ReleaseView release, HashSet<int> wrapped)
    {
        var s = text.Text;
        var i = 0;
        while (i < s.Length)
        {
            var fact = Owner(text, i, owner);
            var j = i + 1;
            while (j < s.Length && Owner(text, j, owner) == fact && s[j] != '\n') j++;
            var run = s[i..j];
            if (fact < 0 || release.Fact(fact) is not { } sf)
            {
                if (run == "\n") html.Add($"<br>");
                else html.Text(run);
            }
            else
            {
                var status = release.StatusOf(fact).Name();
                var origin = sf.Fact.Origin == FactOrigin.Table ? "cell" : "prose";
                var id = wrapped.Add(fact) ? HtmlBuilder.Of($" id=\"f{fact}\"") : Markup.Empty;
                html.Add($"<span class=\"f {origin} s-{status}\"{id} data-fact=\"{fact}\" data-line=\"{sf.Line}\" data-col=\"{sf.Column}\" tabindex=\"0\">{run}</span>");
            }
            i = j;
        }
    }

    private static int Owner(MappedText text, int i, int[] owner)
    {
        var at = text.Starts[i];
        return text.Text[i] == '\n' || at < 0 || at >= owner.Length ? -1 : owner[at];
    }
}
