namespace Tickmark.Facts;

public enum LinkKind
{
    /// <summary>The figure is the comparative of <see cref="FactLink.Facts"/>[0] ("compared to $5.15 million").</summary>
    ComparativeOf,
    /// <summary>A stated change from <see cref="FactLink.Facts"/>[1] to [0] ("an increase of 23%").</summary>
    ChangeOf,
    /// <summary>A ratio: <see cref="FactLink.Facts"/>[0] as a percentage of <see cref="FactLink.Of"/> ("or 70% of revenues").</summary>
    RatioOf,
}

/// <summary>
/// How a prose figure relates to other figures of the release (indexes into its facts), so that a
/// stated change or ratio can be recomputed. <see cref="Direction"/> is +1 for an increase, -1 for
/// a decrease, 0 where the words do not say.
/// </summary>
public sealed record FactLink(LinkKind Kind, IReadOnlyList<int> Facts, int Direction = 0, string? Of = null);
