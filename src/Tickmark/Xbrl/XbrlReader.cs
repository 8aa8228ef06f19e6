using System.Xml;
using System.Xml.Linq;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Formats;
using Tickmark.Text;

namespace Tickmark.Xbrl;

/// <summary>
/// A filing's own facts, from an inline-XBRL 10-Q/10-K or an XBRL instance: parse the XML (with
/// positions), read the contexts and units, the tagged items, the dei facts into the filing's
/// particulars, and every numeric item into a fact carrying its span. A document that is not
/// well-formed, or holds no numeric fact, comes back as a diagnostic, never an exception.
/// </summary>
public static class XbrlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static ExtractionResult Read(SourceDocument doc, DocumentFormat format)
    {
        XDocument x;
        try
        {
            using var reader = XmlReader.Create(new StringReader(WithXmlEntities(doc.Text)), Settings);
            x = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            return Result(doc, format, new Releases.ReleaseInfo(), [], [XbrlDiagnostics.BadXml(doc.Path, e.LineNumber, FirstSentence(e.Message))]);
        }
        var diagnostics = new List<Diagnostic>();
        var contexts = XbrlContextReader.Contexts(x);
        var items = (format == DocumentFormat.InlineXbrl ? InlineItemReader.Read(x) : InstanceItemReader.Read(x)).ToList();
        var builder = new XbrlFactBuilder(contexts, XbrlContextReader.Units(x), new XmlPositions(doc.Text), doc.Lines, diagnostics);
        var facts = new List<Fact>();
        foreach (var item in items.Where(i => i.IsNumeric))
            if (builder.Build(item) is { } fact) facts.Add(fact);
        builder.Finish();
        if (facts.Count == 0) diagnostics.Insert(0, XbrlDiagnostics.NoNumericFacts(doc.Path));
        return Result(doc, format, FilingInfoReader.Read(items, contexts), facts, diagnostics);
    }

    private static ExtractionResult Result(SourceDocument doc, DocumentFormat format, Releases.ReleaseInfo info, List<Fact> facts, List<Diagnostic> diagnostics) => new()
    {
        Document = doc,
        Format = format.ToJsonName(),
        Release = info,
        Blocks = [],
        Statements = [],
        Facts = facts,
        Diagnostics = diagnostics,
    };

    /// <summary>
    /// HTML's non-breaking space written as a named reference, which XML does not know, as the numeric
    /// reference of the same length, so that every offset stays where it was.
    /// </summary>
    private static string WithXmlEntities(string text) =>
        text.Contains("&nbsp;", StringComparison.Ordinal) ? text.Replace("&nbsp;", "&#160;", StringComparison.Ordinal) : text;

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var cut = line.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? line[..cut] : line).TrimEnd('.', ',');
    }
}
