namespace Tickmark.Series;

/// <summary>
/// Every way to work out a span of quarters from the reported flows of its fiscal year: a larger
/// reported span less the reported pieces around the target (Q1 = (Q1-Q2) - Q2; Q4 = FY - (Q1-Q3);
/// Q1 = (Q1-Q3) - Q2 - Q3), or reported pieces that add up to it (FY = (Q1-Q3) + Q4). Inputs are
/// reported figures only, never derived ones, so each derivation traces straight to printed figures.
/// Fewest inputs first, then the most recent inputs.
/// </summary>
public static class DerivationFinder
{
    public static IReadOnlyList<Derivation> Find(FiscalSlot target, IReadOnlyDictionary<FiscalSlot, ReportedFigure> reported)
    {
        if (target.IsInstant) return [];
        var pieces = reported.Values
            .Where(r => r.Slot.Year == target.Year && !r.Slot.IsInstant && r.Slot != target && r.Standing.IsDerivable)
            .OrderBy(r => r.Slot).ToList();
        var found = new List<Derivation>();
        foreach (var outer in pieces.Where(p => p.Slot.Contains(target)))
        {
            var before = Cover(outer.Slot.First, target.First - 1, pieces, outer.Slot);
            var after = Cover(target.Last + 1, outer.Slot.Last, pieces, outer.Slot);
            if (before is null || after is null) continue;
            found.Add(new Derivation(target, [Term(+1, outer), .. before.Select(p => Term(-1, p)), .. after.Select(p => Term(-1, p))]));
        }
        // A single piece covering the target would be the target itself, which is not among the pieces.
        if (Cover(target.First, target.Last, pieces, target) is { Count: >= 2 } parts)
            found.Add(new Derivation(target, parts.Select(p => Term(+1, p)).ToList()));
        return found
            .OrderBy(d => d.Terms.Count)
            .ThenByDescending(d => d.Terms.Max(t => t.Source.Release))
            .ThenBy(d => d.Formula, StringComparer.Ordinal)
            .ToList();
    }

    private static Term Term(int sign, ReportedFigure piece) => new(sign, piece.Slot, piece.Standing);

    /// <summary>The fewest reported spans that tile quarters <paramref name="lo"/>..<paramref name="hi"/> exactly: empty when lo &gt; hi, null when they cannot.</summary>
    private static List<ReportedFigure>? Cover(int lo, int hi, List<ReportedFigure> pieces, FiscalSlot exclude)
    {
        if (lo > hi) return [];
        List<ReportedFigure>? best = null;
        foreach (var p in pieces.Where(p => p.Slot.First == lo && p.Slot.Last <= hi && p.Slot != exclude))
        {
            var rest = Cover(p.Slot.Last + 1, hi, pieces, exclude);
            if (rest is not null && (best is null || rest.Count + 1 < best.Count)) best = [p, .. rest];
        }
        return best;
    }
}
