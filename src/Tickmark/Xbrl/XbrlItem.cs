using System.Xml.Linq;

namespace Tickmark.Xbrl;

/// <summary>
/// One tagged value as written, before it is read into a fact: its element (us-gaap:Revenues),
/// context and unit ids, the text shown, how to read it (format, scale, sign, decimals), and the
/// element carrying it (for its span and, in an inline document, the row label beside it).
/// </summary>
public sealed record XbrlItem(
    string Concept,
    string ContextRef,
    string? UnitRef,
    string Text,
    XElement Element,
    string? Format = null,
    int Scale = 0,
    bool Negated = false,
    string? Decimals = null,
    bool Nil = false)
{
    public bool IsNumeric => UnitRef is not null;
}
