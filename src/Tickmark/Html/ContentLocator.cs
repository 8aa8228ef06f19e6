using AngleSharp.Dom;

namespace Tickmark.Html;

/// <summary>
/// Finds the release in a page. An exhibit (no site navigation) is read whole. On a company
/// newsroom page the release is the article body, not the site's navigation, menus, related links
/// and footer around it: each paragraph, list item, table and text-bearing div scores its text
/// (links not counted) for its parent, half for its grandparent; the best-scoring element is the
/// body of the release, widened to its ancestors while what they add beside it is small and holds
/// no table (the headline and date above the body).
/// </summary>
public static class ContentLocator
{
    private static readonly HashSet<string> Boilerplate = ["nav", "aside", "footer", "form", "header", "menu"];
    private static readonly HashSet<string> Units = ["p", "li", "pre", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "div", "font", "span"];

    public static IElement Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        if (!HasSiteChrome(body)) return body;
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        Score(body, scores);
        if (scores.Count == 0) return body;
        var best = scores.MaxBy(kv => kv.Value).Key;
        // Widen to ancestors that add little besides (a headline, a date, share buttons).
        var current = best;
        while (current.ParentElement is { } parent && current != body)
        {
            var addsLittle = parent.Children.Where(c => c != current)
                .All(c => Boilerplate.Contains(c.LocalName) || (OwnText(c) <= 300 && c.QuerySelector("table") is null && c.LocalName != "table"));
            if (!addsLittle) break;
            current = parent;
        }
        return current;
    }

    /// <summary>Site navigation around the content: &lt;nav&gt;, &lt;header&gt;, &lt;footer&gt;, &lt;aside&gt; or their ARIA roles.</summary>
    private static bool HasSiteChrome(IElement body) =>
        body.QuerySelector("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]") is not null;

    /// <summary>Scores each unit of text under <paramref name="e"/>; returns the length of text it holds outside links.</summary>
    private static int Score(IElement e, Dictionary<IElement, double> scores)
    {
        var name = e.LocalName;
        if (HtmlTextCollector.Skipped.Contains(name) || Boilerplate.Contains(name) || CssStyle.IsHidden(e)) return 0;
        var total = 0;
        var direct = 0;
        for (var c = e.FirstChild; c is not null; c = c.NextSibling)
        {
            if (c is IText t) direct += CountNonSpace(t.Data);
            else if (c is IElement child)
            {
                var n = child.LocalName == "a" ? 0 : Score(child, scores);
                // Inline children count as the element's own text.
                if (!HtmlTextCollector.BlockElements.Contains(child.LocalName) && child.LocalName is not ("td" or "th")) direct += n;
                else total += n;
            }
        }
        total += direct;
        // A unit scores for its container: a paragraph, a table, or a div or cell that holds text itself.
        var isUnit = name is "p" or "li" or "pre" or "table" or "blockquote" or "h1" or "h2" or "h3"
            || (Units.Contains(name) && direct >= 40);
        if (isUnit && total > 0 && e.ParentElement is { } parent)
        {
            scores[parent] = scores.GetValueOrDefault(parent) + total;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + total / 2.0;
        }
        return total;
    }

    /// <summary>Characters of text under an element outside links and boilerplate, white space not counted.</summary>
    private static int OwnText(IElement e)
    {
        var n = 0;
        foreach (var node in e.ChildNodes)
        {
            if (node is IText t) n += CountNonSpace(t.Data);
            else if (node is IElement c && c.LocalName != "a" && !HtmlTextCollector.Skipped.Contains(c.LocalName) && !Boilerplate.Contains(c.LocalName))
                n += OwnText(c);
        }
        return n;
    }

    private static int CountNonSpace(string s)
    {
        var n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
