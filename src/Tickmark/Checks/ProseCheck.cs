using Tickmark.Facts;
using Tickmark.Units;

namespace Tickmark.Checks;

/// <summary>Each prose figure agrees with its <see cref="TableCounterpart"/>, within the prose's precision.</summary>
public static class ProseCheck
{
    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts, IReadOnlyList<TableCounterpart?> counterparts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (counterparts[i] is not { } c) continue;
            var p = facts[i];
            var status = Tolerance.Compare(c.Value, c.Facts.Count > 1 ? c.Slack : 0, Math.Abs(p.Value), p.Decimals);
            var against = c.Facts.Count == 1 ? $"{c.Description} {Show(facts[c.Facts[0]])}" : $"{c.Description}";
            yield return new CheckResult("prose-table", status, $"prose {p.Measure} {Show(p)} against {against}", [i, .. c.Facts]);
        }
    }

    public static string Show(Fact f) => f.Unit == Unit.UsdPerShare ? $"${f.Value}" : f.Unit == Unit.Percent ? $"{f.Value}%" : $"{f.Value:#,##0}";
}
