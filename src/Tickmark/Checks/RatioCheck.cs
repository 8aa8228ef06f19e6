using Tickmark.Facts;
using Tickmark.Units;

namespace Tickmark.Checks;

/// <summary>A stated ratio ("or 70% of revenues") is recomputed from its figure and the revenues of the same period.</summary>
public static class RatioCheck
{
    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts, IReadOnlyList<TableCounterpart?> counterparts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Link is not { Kind: LinkKind.RatioOf } link) continue;
            var part = link.Facts[0];
            var whole = Revenues(facts, facts[part]);
            if (whole < 0) continue;
            var p = FigureRange.Of(facts, counterparts, part);
            var w = FigureRange.Of(facts, counterparts, whole);
            if (w.Low <= 0) continue;
            var computed = p.Value / w.Value * 100;
            var status = Tolerance.CompareComputed(computed, p.Low / w.High * 100, p.High / w.Low * 100, facts[i].Value, facts[i].Decimals);
            yield return new CheckResult("ratio", status,
                $"{facts[i].Measure} stated {facts[i].Value}%; {p.Value:#,##0} of {w.Value:#,##0} is {computed:0.00}%", [i, part, whole]);
        }
    }

    /// <summary>The revenues of the part's period: the table's row, else the prose's figure.</summary>
    private static int Revenues(IReadOnlyList<Fact> facts, Fact part)
    {
        bool Fits(Fact f) => f.Concept == "us-gaap:Revenues" && f.Unit == Unit.Usd && f.Dimensions.Count == 0 && Equals(f.Period, part.Period);
        var prose = -1;
        for (var k = 0; k < facts.Count; k++)
        {
            if (!Fits(facts[k])) continue;
            if (facts[k].Origin == FactOrigin.Table) return k;
            if (prose < 0) prose = k;
        }
        return prose;
    }
}
