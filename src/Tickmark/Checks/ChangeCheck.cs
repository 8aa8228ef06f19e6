using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>A stated change ("an increase of 23%") is recomputed from the two figures it relates.</summary>
public static class ChangeCheck
{
    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts)
    {
        var table = TableCounterpart.Candidates(facts);
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Link is not { Kind: LinkKind.ChangeOf } link) continue;
            var current = FigureRange.Of(facts, table, link.Facts[0]);
            var prior = FigureRange.Of(facts, table, link.Facts[1]);
            if (prior.Low <= 0) continue;
            var computed = (current.Value - prior.Value) / prior.Value * 100;
            var low = (current.Low - prior.High) / prior.High * 100;
            var high = (current.High - prior.Low) / prior.Low * 100;
            var stated = facts[i].Value;
            // The words give the direction; where they do not, only the size is checked.
            if (link.Direction < 0) stated = -stated;
            else if (link.Direction == 0 && computed < 0) (computed, low, high) = (-computed, -high, -low);
            var status = Tolerance.CompareComputed(computed, low, high, stated, facts[i].Decimals);
            yield return new CheckResult("change", status,
                $"{facts[i].Measure} stated {stated:+0.##;-0.##}%; {current.Value:#,##0.##} against {prior.Value:#,##0.##} is {computed:+0.0;-0.0}%",
                [i, link.Facts[0], link.Facts[1]]);
        }
    }
}
