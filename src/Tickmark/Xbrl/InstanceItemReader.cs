using System.Xml.Linq;

namespace Tickmark.Xbrl;

/// <summary>
/// The tagged values of an XBRL instance: each child of the root with a contextRef is a fact, numeric
/// when it has a unitRef. Contexts, units, schema references and footnote links are not facts.
/// </summary>
public static class InstanceItemReader
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static IEnumerable<XbrlItem> Read(XDocument x)
    {
        if (x.Root is null) yield break;
        foreach (var e in x.Root.Elements())
        {
            var context = (string?)e.Attribute("contextRef");
            if (context is null) continue;
            var nil = (string?)e.Attribute(Xsi + "nil") is "true" or "1";
            yield return new XbrlItem(XbrlNames.Canonical(e), context, (string?)e.Attribute("unitRef"), e.Value, e,
                Decimals: (string?)e.Attribute("decimals"), Nil: nil);
        }
    }
}
