using System.Xml;
using System.Xml.Linq;
using Tickmark.Text;

namespace Tickmark.Xbrl;

/// <summary>
/// Turns the line and column the XML parser gives a node into an offset of the document text, and
/// finds the span of a text node as written (up to the next tag, whitespace trimmed). The parser
/// breaks lines at "\n", "\r\n" and a lone "\r", so the line starts are counted the same way here.
/// </summary>
public sealed class XmlPositions
{
    private readonly string _text;
    private readonly int[] _starts;

    public XmlPositions(string text)
    {
        _text = text;
        var starts = new List<int>(text.Length / 60 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        _starts = starts.ToArray();
    }

    /// <summary>The offset of a node, or -1 when the parser kept no position for it.</summary>
    public int OffsetOf(XObject node)
    {
        if (node is not IXmlLineInfo info || !info.HasLineInfo() || info.LineNumber < 1 || info.LineNumber > _starts.Length) return -1;
        return Math.Min(_text.Length, _starts[info.LineNumber - 1] + info.LinePosition - 1);
    }

    /// <summary>The span of the first non-blank text under <paramref name="element"/> as written, or the element's own position.</summary>
    public SourceSpan SpanOf(XElement element)
    {
        foreach (var text in element.DescendantNodes().OfType<XText>())
        {
            if (string.IsNullOrWhiteSpace(text.Value)) continue;
            var start = OffsetOf(text);
            if (start < 0) break;
            var end = _text.IndexOf('<', start);
            if (end < 0) end = _text.Length;
            while (start < end && char.IsWhiteSpace(_text[start])) start++;
            while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
            return new SourceSpan(start, end - start);
        }
        var at = Math.Max(0, OffsetOf(element) - 1);
        return new SourceSpan(at, 0);
    }
}
