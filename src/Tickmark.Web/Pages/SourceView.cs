using Tickmark.Facts;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// The stored document text as a <c>pre</c>, every fact's span wrapped in a <c>span.f</c> with its
/// index (<c>data-fact</c>, id <c>f{index}</c>), line and column, and a class by what the checks say
/// (<c>s-pass</c>, <c>s-rounding</c>, <c>s-fail</c>, <c>s-unchecked</c>). Spans are offsets into this
/// very text; the text between them is HTML-encoded. Each line starts with an empty <c>span.ln</c>
/// whose number CSS shows, so that copying the text gives the document back unchanged. A fact whose
/// span overlaps one already wrapped, or lies outside the text, is left unwrapped (<see cref="Wrapped"/>).
/// </summary>
public sealed class SourceView
{
    private SourceView(Markup html, IReadOnlySet<int> wrapped)
    {
        Html = html;
        Wrapped = wrapped;
    }

    public Markup Html { get; }

    /// <summary>The indexes of the facts that have an element in the text.</summary>
    public IReadOnlySet<int> Wrapped { get; }

    public static SourceView Render(string text, ReleaseView release)
    {
        var html = new HtmlBuilder();
        var wrapped = new HashSet<int>();
        var line = 1;
        html.Add($"<pre id=\"source\" class=\"source\"><span class=\"ln\" data-n=\"1\"></span>");
        var at = 0;
        foreach (var sf in release.Facts.OrderBy(f => f.Fact.Span.Start).ThenBy(f => f.Index))
        {
            var span = sf.Fact.Span;
            if (span.Start < at || span.End > text.Length || span.Length == 0) continue;
            line = Plain(html, text, at, span.Start, line);
            var status = release.StatusOf(sf.Index).Name();
            var origin = sf.Fact.Origin == FactOrigin.Table ? "cell" : "prose";
            html.Add($"<span class=\"f {origin} s-{status}\" id=\"f{sf.Index}\" data-fact=\"{sf.Index}\" data-line=\"{sf.Line}\" data-col=\"{sf.Column}\" tabindex=\"0\">{text.Substring(span.Start, span.Length)}</span>");
            wrapped.Add(sf.Index);
            at = span.End;
        }
        Plain(html, text, at, text.Length, line);
        html.Add($"</pre>");
        return new SourceView(html.ToMarkup(), wrapped);
    }

    /// <summary>Text between facts, encoded, with a line marker after each line break; gives the line number reached.</summary>
    private static int Plain(HtmlBuilder html, string text, int from, int to, int line)
    {
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (text[i] != '\n') continue;
            html.Text(text[start..(i + 1)]);
            line++;
            html.Add($"<span class=\"ln\" data-n=\"{line}\"></span>");
            start = i + 1;
        }
        html.Text(text[start..to]);
        return line;
    }
}
