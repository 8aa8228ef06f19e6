using System.Xml.Linq;

namespace Tickmark.Xbrl;

/// <summary>
/// The namespaces XBRL documents use, and element and member names written with the prefix a
/// reader expects: the standard taxonomies by their usual prefix whatever prefix the document
/// chose ("us-gaap:Revenues"), a company's own elements with the document's prefix.
/// </summary>
public static class XbrlNames
{
    public static readonly XNamespace Instance = "http://www.xbrl.org/2003/instance";
    public static readonly XNamespace Dimensions = "http://xbrl.org/2006/xbrldi";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Namespace fragments of the standard taxonomies and the prefix they are known by, in every year's version.</summary>
    private static readonly (string Fragment, string Prefix)[] Standard =
    [
        ("fasb.org/us-gaap/", "us-gaap"), ("xbrl.sec.gov/dei/", "dei"), ("fasb.org/srt/", "srt"),
        ("xbrl.sec.gov/country/", "country"), ("xbrl.sec.gov/currency/", "currency"), ("xbrl.sec.gov/exch/", "exch"),
        ("xbrl.sec.gov/stpr/", "stpr"), ("xbrl.ifrs.org/taxonomy/", "ifrs-full"),
    ];

    /// <summary>True for the inline-XBRL namespaces (1.0 of 2008, 1.1 of 2013).</summary>
    public static bool IsInline(XNamespace ns) => ns.NamespaceName is "http://www.xbrl.org/2013/inlineXBRL" or "http://www.xbrl.org/2008/inlineXBRL";

    /// <summary>"us-gaap:Revenues" for a QName written "us-gaap:Revenues" or "gaap:Revenues"; null when its prefix is not declared.</summary>
    public static string? Canonical(XElement scope, string qname)
    {
        var colon = qname.IndexOf(':');
        var prefix = colon < 0 ? "" : qname[..colon].Trim();
        var local = qname[(colon + 1)..].Trim();
        var ns = prefix.Length == 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        if (ns is null) return null;
        return PrefixOf(ns, prefix) + ":" + local;
    }

    /// <summary>The usual prefix of a standard taxonomy's namespace, else <paramref name="written"/>.</summary>
    public static string PrefixOf(XNamespace ns, string written)
    {
        foreach (var (fragment, prefix) in Standard)
            if (ns.NamespaceName.Contains(fragment, StringComparison.OrdinalIgnoreCase)) return prefix;
        return written.Length > 0 ? written : "ns";
    }

    /// <summary>The element's name as a reader expects it ("us-gaap:Assets").</summary>
    public static string Canonical(XElement element) =>
        PrefixOf(element.Name.Namespace, element.GetPrefixOfNamespace(element.Name.Namespace) ?? "") + ":" + element.Name.LocalName;

    public static bool IsDei(string concept) => concept.StartsWith("dei:", StringComparison.Ordinal);
}
