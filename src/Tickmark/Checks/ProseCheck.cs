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
            var status = Tolerance.Compare(c.Value, c.Facts.Count > 1 ? c.Slack : 0, c.Signed ? p.XbrlValue!.Value : Math.Abs(p.Value), p.Decimals);
            var against = c.Facts.Count == 1 ? $"{c.Description} {Show(c.Signed ? Signed(facts[c.Facts[0]]) : facts[c.Facts[0]])}" : $"{c.Description}";
            yield return new CheckResult("prose-table", status, $"prose {p.Measure} {Show(c.Signed ? Signed(p) : p)} against {against}", [i, .. c.Facts]);
        }
    }

    private static Fact Signed(Fact f) => f with { Value = f.XbrlValue ?? f.Value };

    public static string Show(Fact f) => f.Unit == Unit.UsdPerShare ? $"${f.Value}" : f.Unit == Unit.Percent ? $"{f.Value}%" : $"{f.Value:#,##0}";
}
