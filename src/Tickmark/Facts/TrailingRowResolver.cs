using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Facts;

/// <summary>
/// A row that names its own span ("Trailing twelve months adjusted EBITDA", "Last twelve months free cash
/// flow") under a quarter's column, or in a balance table at a date, covers the twelve months ending
/// on the column's last day, not the column's quarter.
/// </summary>
public static partial class TrailingRowResolver
{
    public static void Resolve(List<Fact> facts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Origin != FactOrigin.Table || f.Period is null || f.Dimensions.ContainsKey("change") || !Trailing().IsMatch(f.Label)) continue;
            if (f.Period is Duration { Months: 12 }) continue;
            facts[i] = f with { Period = Duration.OfMonths(12, f.Period.End) };
        }
    }

    [GeneratedRegex(@"^(trailing|last|rolling)[\s-]+(twelve|12)[\s-]+months?\b|^(TTM|LTM)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
