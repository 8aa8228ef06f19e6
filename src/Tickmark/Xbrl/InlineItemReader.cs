using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Tickmark.Xbrl;

/// <summary>
/// The tagged values of an inline-XBRL document: every ix:nonFraction (in the body or hidden in
/// ix:hidden, nested ones included: an outer fact takes the inner one's text) and every
/// ix:nonNumeric, whose text runs on through its ix:continuation chain and leaves out ix:exclude.
/// </summary>
public static class InlineItemReader
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static IEnumerable<XbrlItem> Read(XDocument x)
    {
        var ix = x.Descendants().Where(e => XbrlNames.IsInline(e.Name.Namespace)).ToList();
        var continuations = ix.Where(e => e.Name.LocalName == "continuation" && e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var e in ix)
        {
            var name = (string?)e.Attribute("name");
            var context = (string?)e.Attribute("contextRef");
            if (name is null || context is null) continue;
            var concept = XbrlNames.Canonical(e, name) ?? name;
            var nil = (string?)e.Attribute(Xsi + "nil") is "true" or "1";
            switch (e.Name.LocalName)
            {
                case "nonFraction":
                    yield return new XbrlItem(concept, context, (string?)e.Attribute("unitRef"), e.Value, e, (string?)e.Attribute("format"),
                        int.TryParse((string?)e.Attribute("scale"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scale) ? scale : 0,
                        (string?)e.Attribute("sign") == "-", (string?)e.Attribute("decimals"), nil);
                    break;
                case "nonNumeric":
                    yield return new XbrlItem(concept, context, null, TextOf(e, continuations), e, (string?)e.Attribute("format"), Nil: nil);
                    break;
            }
        }
    }

    private static string TextOf(XElement e, Dictionary<string, XElement> continuations)
    {
        var sb = new StringBuilder();
        Append(sb, e);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var next = (string?)e.Attribute("continuedAt"); next is not null && seen.Add(next) && continuations.TryGetValue(next, out var c);
             next = (string?)c.Attribute("continuedAt"))
            Append(sb.Append(' '), c);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, XElement e)
    {
        foreach (var node in e.Nodes())
        {
            if (node is XText t) sb.Append(t.Value);
            else if (node is XElement child && !(XbrlNames.IsInline(child.Name.Namespace) && child.Name.LocalName == "exclude")) Append(sb, child);
        }
    }
}
