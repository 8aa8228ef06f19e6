using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Tickmark.Xbrl;

/// <summary>
/// The label an inline-XBRL document prints beside a fact: the first cell of its table row that
/// holds words and not the fact itself ("Total net sales"). Null outside a table or when the row has no words.
/// </summary>
public static partial class RowLabel
{
    public static string? Of(XElement fact)
    {
        var row = fact.Ancestors().FirstOrDefault(a => a.Name.LocalName == "tr");
        if (row is null) return null;
        foreach (var cell in row.Elements().Where(c => c.Name.LocalName is "td" or "th"))
        {
            if (cell == fact || cell.Descendants().Contains(fact)) return null;
            var text = Spaces().Replace(cell.Value, " ").Trim();
            if (text.Any(char.IsLetter)) return text.TrimEnd(':').Trim();
        }
        return null;
    }

    [GeneratedRegex(@"[\s\u00a0\u200b]+")]
    private static partial Regex Spaces();
}
