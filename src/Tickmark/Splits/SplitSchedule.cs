using Tickmark.Series;
using Tickmark.Units;

namespace Tickmark.Splits;

/// <summary>
/// The stock splits of a company's history, and what they mean for each release's figures: a share
/// count or per-share figure printed by a release before a split is put on the latest basis by the
/// factors of every split after it (shares multiplied, per-share figures divided). Money and other
/// units are never adjusted.
/// </summary>
public sealed class SplitSchedule(IReadOnlyList<SplitEvent> events)
{
    public static SplitSchedule None { get; } = new([]);

    public IReadOnlyList<SplitEvent> Events { get; } = events;

    /// <summary>The factor a release's shares are multiplied by to reach the latest basis (1 when no split follows it).</summary>
    public decimal FactorFor(ReleaseRef release)
    {
        var factor = 1m;
        foreach (var e in Events)
            if (release.CompareTo(e.FirstAfter) < 0) factor *= e.Factor;
        return factor;
    }

    /// <summary>The observation on the latest basis, keeping what was printed; unchanged when no split follows its release or its unit is not shares or per-share.</summary>
    public Observation Adjust(Observation o)
    {
        if (o.Unit is not (Unit.Shares or Unit.UsdPerShare)) return o;
        var factor = FactorFor(o.Release);
        if (factor == 1m) return o;
        var digits = (int)Math.Ceiling(Math.Log10((double)Math.Max(factor, 1m / factor)));
        var up = factor > 1m;
        return o.Unit == Unit.Shares
            ? o with { Value = o.Value * factor, Decimals = o.Decimals - (up ? digits : -digits), AsReported = o.Value, SplitFactor = factor }
            : o with { Value = o.Value / factor, Decimals = o.Decimals + (up ? digits : -digits), AsReported = o.Value, SplitFactor = factor };
    }
}
