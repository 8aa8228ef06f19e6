using System.Text;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// An HTML release as it renders, its figures highlighted: each figure the reading view shows (so
/// one in the release's own text, never in a tag, a script or the page's head) is wrapped in a
/// <c>mark</c> coloured by what its checks say, with its fact as a tooltip. Inline styles only: the
/// frame's policy runs no script and loads nothing.
/// </summary>
public static class RenderedView
{
    private static readonly Dictionary<FactStatus, string> Colours = new()
    {
        [FactStatus.Pass] = "background:#dafbe1;outline:1px solid #1a7f37",
        [FactStatus.Rounding] = "background:#fff3b0;outline:1px solid #9a6700",
        [FactStatus.Fail] = "background:#ffd8d3;outline:1px solid #cf222e",
        [FactStatus.Unchecked] = "background:#e6eaef;outline:1px solid #8c959f",
    };

    public static string Highlight(string text, ReleaseView release)
    {
        var shown = ReadingView.Render(text, release).Wrapped;
        // A figure whose span runs into the next cell ("70.1</td><td>%") is marked up to its tag: the number itself.
        var marks = release.Facts.Where(f => shown.Contains(f.Index) && f.Fact.Span.End <= text.Length)
            .Select(f => (Fact: f, Length: Plain(text, f.Fact.Span)))
            .Where(m => m.Length > 0).OrderBy(m => m.Fact.Fact.Span.Start).ToList();
        var sb = new StringBuilder(text.Length + marks.Count * 120);
        var at = 0;
        foreach (var (f, length) in marks)
        {
            var span = new Tickmark.Text.SourceSpan(f.Fact.Span.Start, length);
            if (span.Start < at) continue;
            sb.Append(text, at, span.Start - at);
            var status = release.StatusOf(f.Index);
            var title = $"{f.Fact.Measure ?? f.Fact.Label}: {Show.Value(f.Fact.Value)} {Show.Unit(f.Fact.Unit)}, {Show.Period(f.Fact.Period)} ({status.Name()}; line {f.Line}:{f.Column})";
            sb.Append("<mark class=\"tickmark-figure\" data-fact=\"").Append(f.Index).Append("\" style=\"").Append(Colours[status])
                .Append(";color:inherit\" title=\"").Append(Html.HtmlHandler.Encode(title)).Append("\">");
            sb.Append(text, span.Start, span.Length).Append("</mark>");
            at = span.End;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    /// <summary>How much of the span is text before any tag, or 0 when that part holds no digit.</summary>
    private static int Plain(string text, Tickmark.Text.SourceSpan span)
    {
        var part = text.AsSpan(span.Start, span.Length);
        var tag = part.IndexOfAny('<', '>');
        if (tag >= 0) part = part[..tag];
        return part.IndexOfAnyInRange('0', '9') >= 0 ? part.Length : 0;
    }
}
