using Tickmark.Extraction;
using Tickmark.Units;

namespace Tickmark.Facts;

/// <summary>
/// A table that states no scale ("(in thousands)" missing) may still be in thousands: when the
/// release's prose gives the same amounts ("net income ... $4.0 million" beside a printed 3,983)
/// at a factor of 1,000 (or 1,000,000) for two or more of the table's figures and not as printed,
/// the table takes that factor. A table the prose says nothing of, in a release whose other tables
/// are all in one scale, takes theirs (a bank's non-performing assets table under its statements),
/// unless its figures are printed in whole dollars. Its share counts printed with a fraction ("Average
/// common equivalent shares outstanding  216.5") are no whole shares: they take the factor too.
/// </summary>
public static class ProseScaleResolver
{
    private static readonly decimal[] Factors = [1_000m, 1_000_000m];

    public static IReadOnlyList<Statement> Resolve(IReadOnlyList<Statement> statements, List<Fact> facts)
    {
        var prose = facts.Where(f => f.Origin == FactOrigin.Narrative && f.Unit == Unit.Usd && f.Decimals <= -4).ToList();
        if (prose.Count == 0) return statements;
        var result = statements.ToList();
        var unresolved = new List<int>();
        for (var s = 0; s < result.Count; s++)
        {
            var statement = result[s];
            if (statement.Scale != 1m) continue;
            var money = Money(facts, s);
            if (money.Count == 0) continue;
            // Distinct figures of the table the prose agrees with: one figure named twice is a coincidence.
            int Agreeing(decimal factor) => money.Select(t => t.Value).Distinct().Count(v => prose.Any(p => Equal(p, v * factor)));
            if (Agreeing(1m) > 0) continue;
            var chosen = Factors.FirstOrDefault(f => Agreeing(f) >= 2);
            if (chosen == 0m) { unresolved.Add(s); continue; }
            result[s] = Scale(result[s], s, chosen, facts);
        }
        var scales = result.Where((st, s) => st.Scale != 1m && Money(facts, s).Count > 0).Select(st => st.Scale).Distinct().ToList();
        if (scales.Count != 1) return result;
        foreach (var s in unresolved)
            if (!WholeDollars(Money(facts, s))) result[s] = Scale(result[s], s, scales[0], facts);
        return result;
    }

    private static List<Fact> Money(List<Fact> facts, int statement) =>
        facts.Where(f => f.StatementIndex == statement && f.Origin == FactOrigin.Table && f.Unit == Unit.Usd && f.Value != 0).ToList();

    /// <summary>Figures printed to the dollar ("$3,983,000"): most are large round thousands.</summary>
    private static bool WholeDollars(List<Fact> money) =>
        money.Count(f => Math.Abs(f.Value) >= 10_000m && f.Value % 1_000m == 0) >= 0.8 * money.Count;

    private static Statement Scale(Statement statement, int s, decimal factor, List<Fact> facts)
    {
        var digits = factor == 1_000m ? 3 : factor == 1_000_000m ? 6 : (int)Math.Round(Math.Log10((double)factor));
        for (var i = 0; i < facts.Count; i++)
            if (facts[i].StatementIndex == s && facts[i].Origin == FactOrigin.Table
                && (facts[i].Unit == Unit.Usd || (facts[i].Unit == Unit.Shares && facts[i].Decimals > 0)))
                facts[i] = facts[i] with { Value = facts[i].Value * factor, XbrlValue = facts[i].XbrlValue * factor, Decimals = facts[i].Decimals - digits };
        return statement with { Scale = factor };
    }

    /// <summary>Agreement within the prose figure's printed precision ($4.0 million is 3.95 to 4.05 million).</summary>
    private static bool Equal(Fact prose, decimal value) =>
        Math.Abs(Math.Abs(value) - Math.Abs(prose.Value)) <= Checks.Tolerance.HalfUnit(prose.Decimals);
}
