using Tickmark.Extraction;
using Tickmark.Units;

namespace Tickmark.Facts;

/// <summary>
/// A table that states no scale ("(in thousands)" missing) may still be in thousands: when the
/// release's prose gives the same amounts ("net income ... $4.0 million" beside a printed 3,983)
/// at a factor of 1,000 (or 1,000,000) and not as printed, the table takes that factor.
/// </summary>
public static class ProseScaleResolver
{
    private static readonly decimal[] Factors = [1_000m, 1_000_000m];

    public static IReadOnlyList<Statement> Resolve(IReadOnlyList<Statement> statements, List<Fact> facts)
    {
        var prose = facts.Where(f => f.Origin == FactOrigin.Narrative && f.Unit == Unit.Usd && f.Decimals <= -4).ToList();
        if (prose.Count == 0) return statements;
        var result = statements.ToList();
        for (var s = 0; s < result.Count; s++)
        {
            var statement = result[s];
            if (statement.Scale != 1m) continue;
            var money = facts.Where(f => f.StatementIndex == s && f.Origin == FactOrigin.Table && f.Unit == Unit.Usd && f.Value != 0).ToList();
            int Agreeing(decimal factor) => prose.Count(p => money.Any(t => Equal(p, t.Value * factor)));
            if (Agreeing(1m) > 0) continue;
            foreach (var factor in Factors)
            {
                if (Agreeing(factor) < 2) continue;
                var digits = factor == 1_000m ? 3 : 6;
                for (var i = 0; i < facts.Count; i++)
                    if (facts[i].StatementIndex == s && facts[i].Origin == FactOrigin.Table && facts[i].Unit == Unit.Usd)
                        facts[i] = facts[i] with { Value = facts[i].Value * factor, XbrlValue = facts[i].XbrlValue * factor, Decimals = facts[i].Decimals - digits };
                result[s] = statement with { Scale = factor };
                break;
            }
        }
        return result;
    }

    /// <summary>Agreement within the prose figure's printed precision ($4.0 million is 3.95 to 4.05 million).</summary>
    private static bool Equal(Fact prose, decimal value) =>
        Math.Abs(Math.Abs(value) - Math.Abs(prose.Value)) <= Checks.Tolerance.HalfUnit(prose.Decimals);
}
