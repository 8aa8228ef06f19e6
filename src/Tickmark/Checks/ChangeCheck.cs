using Tickmark.Facts;
using Tickmark.Units;

namespace Tickmark.Checks;

/// <summary>A stated change ("an increase of 23%") is recomputed from the two figures it relates.</summary>
public static class ChangeCheck
{
    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts, IReadOnlyList<TableCounterpart?> counterparts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Link is not { Kind: LinkKind.ChangeOf } link) continue;
            // The figures as the tables print them, else as the sentence prints them (a release may work a
            // change out from its rounded prose figures).
            var check = Recompute(facts, i, link, FigureRange.Of(facts, counterparts, link.Facts[0]), FigureRange.Of(facts, counterparts, link.Facts[1]));
            if (check is { Status: CheckStatus.Fail } && Recompute(facts, i, link, FigureRange.Printed(facts[link.Facts[0]]), FigureRange.Printed(facts[link.Facts[1]])) is { Status: not CheckStatus.Fail } better)
                check = better;
            if (check is not null) yield return check;
        }
    }

    private static CheckResult? Recompute(IReadOnlyList<Fact> facts, int i, FactLink link, FigureRange current, FigureRange prior)
    {
        // A change in percent ("an increase of 23%"), or in money ("down $600,000").
        var inMoney = facts[i].Unit == Unit.Usd;
        if (!inMoney && prior.Low <= 0) return null;
        var computed = inMoney ? current.Value - prior.Value : (current.Value - prior.Value) / prior.Value * 100;
        var low = inMoney ? current.Low - prior.High : (current.Low - prior.High) / prior.High * 100;
        var high = inMoney ? current.High - prior.Low : (current.High - prior.Low) / prior.Low * 100;
        var stated = facts[i].Value;
        // The words give the direction; where they do not, only the size is checked.
        if (link.Direction < 0) stated = -stated;
        else if (link.Direction == 0 && computed < 0) (computed, low, high) = (-computed, -high, -low);
        var status = Tolerance.CompareComputed(computed, low, high, stated, facts[i].Decimals);
        return new CheckResult("change", status,
            inMoney ? $"{facts[i].Measure} stated {stated:+#,##0;-#,##0}; {current.Value:#,##0.##} against {prior.Value:#,##0.##} is {computed:+#,##0;-#,##0}"
            : $"{facts[i].Measure} stated {stated:+0.##;-0.##}%; {current.Value:#,##0.##} against {prior.Value:#,##0.##} is {computed:+0.0;-0.0}%",
            [i, link.Facts[0], link.Facts[1]]);
    }
}
