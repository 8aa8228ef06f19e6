using Tickmark.Extraction;
using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>Runs every check over a release: footing and result steps of each statement, the identities, prose against tables, stated changes and ratios, parts against wholes.</summary>
public static class CheckRunner
{
    public static IReadOnlyList<CheckResult> Run(IReadOnlyList<Statement> statements, IReadOnlyList<Fact> facts)
    {
        var results = new List<CheckResult>();
        foreach (var s in statements) results.AddRange(FootingCheck.Run(s, facts));
        foreach (var s in statements) results.AddRange(ResultCheck.Run(s, facts));
        results.AddRange(IdentityChecks.Run(facts));
        var counterparts = TableCounterpart.FindAll(facts);
        results.AddRange(ProseCheck.Run(facts, counterparts));
        results.AddRange(ChangeCheck.Run(facts, counterparts));
        results.AddRange(RatioCheck.Run(facts, counterparts));
        results.AddRange(PartsCheck.Run(facts));
        return results;
    }

    /// <summary>Facts that no check touches, so a user sees the coverage.</summary>
    public static IEnumerable<int> Unchecked(IReadOnlyList<CheckResult> checks, int factCount)
    {
        var touched = checks.SelectMany(c => c.Facts).ToHashSet();
        return Enumerable.Range(0, factCount).Where(i => !touched.Contains(i));
    }
}
