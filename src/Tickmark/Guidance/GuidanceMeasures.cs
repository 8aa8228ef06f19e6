using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Guidance;

/// <summary>
/// The measures an outlook gives figures for, as a table: the words ("gross margins", "diluted
/// earnings per share") and the measure's name in the guidance ("gross margin", "diluted EPS").
/// Longer words come first, so "other income and expense" is not read as "income".
/// </summary>
public static partial class GuidanceMeasures
{
    private static readonly (string Words, string Name, Unit? Unit)[] Table =
    [
        (@"other\s+income\s+and\s+expense", "other income and expense", null),
        (@"other\s+income(?:\s*\(expense\))?(?:,\s*net)?", "other income", null),
        (@"(?:diluted\s+)?(?:earnings|net\s+income)\s+per\s+(?:diluted\s+)?share|diluted\s+EPS", "diluted EPS", Units.Unit.UsdPerShare),
        (@"EPS", "EPS", Units.Unit.UsdPerShare),
        (@"gross\s+margins?", "gross margin", null),
        (@"operating\s+margins?", "operating margin", null),
        (@"operating\s+expenses?(?:\s+growth)?", "operating expenses", null),
        (@"operating\s+income", "operating income", null),
        (@"net\s+income", "net income", null),
        (@"tax\s+rates?", "tax rate", null),
        (@"capital\s+expenditures", "capital expenditures", null),
        (@"free\s+cash\s+flow", "free cash flow", null),
        (@"EBITDA", "EBITDA", null),
        (@"(?:total\s+|net\s+)?revenues?|net\s+sales|(?<!per\s)sales", "revenue", null),
    ];

    private static readonly Regex[] Patterns = Table.Select(t => new Regex(@"\b(?:" + t.Words + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)).ToArray();

    /// <summary>A measure named in a sentence: where, its name, and the unit its figures are in when the words say (per share).</summary>
    public readonly record struct Named(int Index, int Length, string Name, Unit? Unit)
    {
        public int End => Index + Length;
    }

    /// <summary>Every measure named in <paramref name="sentence"/>, in order, none overlapping (the longer words win).</summary>
    public static List<Named> Find(string sentence)
    {
        var found = new List<Named>();
        for (var i = 0; i < Patterns.Length; i++)
            foreach (Match m in Patterns[i].Matches(sentence))
                if (!found.Any(f => m.Index < f.End && f.Index < m.Index + m.Length))
                    found.Add(new Named(m.Index, m.Length, Table[i].Name, Table[i].Unit));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>Whether <paramref name="sentence"/> names any measure of the table.</summary>
    public static bool Any(string sentence) => Patterns.Any(p => p.IsMatch(sentence));
}
