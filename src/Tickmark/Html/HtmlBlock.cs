using AngleSharp.Dom;

namespace Tickmark.Html;

public enum HtmlBlockKind { Text, Table, Pre }

/// <summary>
/// One block of an HTML release in reading order: a run of text (a paragraph, heading, list item,
/// or the text of a layout cell) with its lines, a table of figures, or a &lt;pre&gt; block.
/// <see cref="Tag"/> is the element's tag name ("p", "h1", "li"; "" for loose inline text).
/// </summary>
public sealed record HtmlBlock(HtmlBlockKind Kind, IElement Element, MappedText Text, string Tag)
{
    /// <summary>The block's lines (split at &lt;br&gt; and nested block boundaries), trimmed, empty ones dropped.</summary>
    public IEnumerable<(string Line, int Start)> Lines()
    {
        var start = 0;
        var text = Text.Text;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = text[start..i];
            var lead = line.Length - line.TrimStart().Length;
            if (line.Trim().Length > 0) yield return (line.Trim(), start + lead);
            start = i + 1;
        }
    }
}
