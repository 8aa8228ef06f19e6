using System.Globalization;
using System.Xml.Linq;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Xbrl;

/// <summary>
/// Reads the contexts and units of an XBRL document (an instance's, or an inline document's
/// ix:resources): each context's entity, period and dimensions, each unit's measures.
/// </summary>
public static class XbrlContextReader
{
    public static Dictionary<string, XbrlContext> Contexts(XDocument x)
    {
        var contexts = new Dictionary<string, XbrlContext>(StringComparer.Ordinal);
        foreach (var c in x.Descendants(XbrlNames.Instance + "context"))
        {
            var id = (string?)c.Attribute("id");
            if (id is null) continue;
            var entity = c.Element(XbrlNames.Instance + "entity")?.Element(XbrlNames.Instance + "identifier")?.Value.Trim();
            contexts[id] = new XbrlContext(id, entity, PeriodOf(c.Element(XbrlNames.Instance + "period")), DimensionsOf(c));
        }
        return contexts;
    }

    /// <summary>Each unit's id and what it counts; null for a unit with no Tickmark counterpart, named by its measures.</summary>
    public static Dictionary<string, (Unit? Unit, string Name)> Units(XDocument x)
    {
        var units = new Dictionary<string, (Unit?, string)>(StringComparer.Ordinal);
        foreach (var u in x.Descendants(XbrlNames.Instance + "unit"))
        {
            var id = (string?)u.Attribute("id");
            if (id is null) continue;
            var divide = u.Element(XbrlNames.Instance + "divide");
            List<string> top, bottom;
            if (divide is null)
            {
                top = Measures(u);
                bottom = [];
            }
            else
            {
                top = Measures(divide.Element(XbrlNames.Instance + "unitNumerator"));
                bottom = Measures(divide.Element(XbrlNames.Instance + "unitDenominator"));
            }
            var name = string.Join("*", top.Select(XbrlUnits.Local)) + (bottom.Count > 0 ? "/" + string.Join("*", bottom.Select(XbrlUnits.Local)) : "");
            units[id] = (XbrlUnits.Of(top, bottom), name);
        }
        return units;
    }

    private static List<string> Measures(XElement? e) =>
        e is null ? [] : e.Elements(XbrlNames.Instance + "measure").Select(m => m.Value.Trim()).ToList();

    private static Period? PeriodOf(XElement? p)
    {
        if (p is null) return null;
        if (Date(p.Element(XbrlNames.Instance + "instant")) is { } instant) return new Instant(instant);
        if (Date(p.Element(XbrlNames.Instance + "startDate")) is { } start && Date(p.Element(XbrlNames.Instance + "endDate")) is { } end && end >= start)
            return new Duration(start, end);
        return null;
    }

    private static DateOnly? Date(XElement? e)
    {
        var t = e?.Value.Trim();
        if (t is null || t.Length < 10) return null;
        return DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static IReadOnlyDictionary<string, string> DimensionsOf(XElement context)
    {
        var dims = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var holder in context.Descendants().Where(e => e.Name == XbrlNames.Instance + "segment" || e.Name == XbrlNames.Instance + "scenario"))
        {
            foreach (var m in holder.Elements(XbrlNames.Dimensions + "explicitMember"))
            {
                var axis = (string?)m.Attribute("dimension");
                if (axis is null) continue;
                dims[XbrlNames.Canonical(m, axis) ?? axis] = XbrlNames.Canonical(m, m.Value) ?? m.Value.Trim();
            }
            foreach (var m in holder.Elements(XbrlNames.Dimensions + "typedMember"))
            {
                var axis = (string?)m.Attribute("dimension");
                if (axis is not null) dims[XbrlNames.Canonical(m, axis) ?? axis] = m.Value.Trim();
            }
        }
        return dims;
    }
}
