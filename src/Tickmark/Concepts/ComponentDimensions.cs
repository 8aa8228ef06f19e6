using System.Text.RegularExpressions;

namespace Tickmark.Concepts;

/// <summary>
/// Parts of a total are the total's element with a dimension, as XBRL filers tag them: from
/// <c>dimensions.tsv</c>, the totals whose parts share their element (revenues, cost of revenues) and
/// the axis the parts' words name (a region: geography; a heading or title saying segment: segment;
/// else product).
/// </summary>
public sealed class ComponentDimensions
{
    private readonly HashSet<string> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _partsAxes = new(StringComparer.Ordinal);
    private readonly List<(string Axis, string Where, Regex Pattern)> _axes = [];
    private string _defaultAxis = "product";

    public static ComponentDimensions Parse(string tsv, string file)
    {
        var d = new ComponentDimensions();
        foreach (var (f, lineNo) in Tsv.Lines(tsv))
        {
            switch (f[0])
            {
                case "total" when f.Length >= 2:
                    d._totals.Add(f[1]);
                    break;
                case "parts" when f.Length >= 3:
                    d._partsAxes[f[1]] = f[2];
                    break;
                case "axis" when f.Length >= 4 && f[2] is "label" or "section" or "title":
                    d._axes.Add((f[1], f[2], new Regex(f[3], RegexOptions.CultureInvariant | RegexOptions.Compiled)));
                    break;
                case "axis" when f.Length >= 3 && f[2] == "default":
                    d._defaultAxis = f[1];
                    break;
                default:
                    throw new FormatException($"{file} line {lineNo}: expected 'total ELEMENT', 'parts ELEMENT AXIS', 'axis NAME label|section|title PATTERN' or 'axis NAME default'");
            }
        }
        return d;
    }

    /// <summary>Whether the parts of a row naming this element take its element with a dimension.</summary>
    public bool SharesElement(string element) => _totals.Contains(element);

    /// <summary>
    /// The axis on which rows that all name <paramref name="element"/> under one heading are parts of one
    /// figure (stock-based compensation by the expense line it sits in), or null when they are not.
    /// </summary>
    public string? PartsAxis(string element) => _partsAxes.GetValueOrDefault(element);

    /// <summary>The axis a part belongs to, from its normalized label, headings and the table's title.</summary>
    public string Axis(string label, string section, string title)
    {
        foreach (var (axis, where, pattern) in _axes)
        {
            var text = where switch { "label" => label, "section" => section, _ => title };
            if (pattern.IsMatch(text)) return axis;
        }
        return _defaultAxis;
    }
}
