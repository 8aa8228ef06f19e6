using System.Text.RegularExpressions;
using Tickmark.Facts;
using Tickmark.Periods;

namespace Tickmark.Concepts;

/// <summary>
/// An instant element printed in a column of durations (cash at the end of the period in a cash-flow
/// statement) is a balance: at the column's last day, or, for a line at the beginning of the period,
/// at the day before the column's first. A line that says it counts at the end or the beginning of the
/// period ("End of Period Shares Outstanding" beside "Average Shares Outstanding" in columns of twelve
/// months) is a balance too, whatever element it has.
/// </summary>
public static partial class InstantPeriodResolver
{
    public static void Resolve(List<Fact> facts, ElementCatalog elements)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Origin != FactOrigin.Table || f.Period is not Duration d || f.Dimensions.ContainsKey("change")) continue;
            var balance = f.Concept is { } concept && elements.Find(concept["us-gaap:".Length..]) is { PeriodType: ElementPeriodType.Instant };
            if (!balance && !AtEnd().IsMatch(f.Label) && !Beginning().IsMatch(f.Label)) continue;
            var date = Beginning().IsMatch(f.Label) ? d.Start.AddDays(-1) : d.End;
            facts[i] = f with { Period = new Instant(date) };
        }
    }

    [GeneratedRegex(@"\b(end|close)\s+of\s+(the\s+)?(period|year|quarter|month|fiscal\s+year)\b|\bperiod[- ]end\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtEnd();

    [GeneratedRegex(@"\b(beginning|start)\s+of\s+(the\s+)?(period|year|quarter|month|fiscal\s+year|\w+\s+period)s?\b|\bbeginning\s+(balances?|of\s+\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Beginning();
}
