namespace Tickmark.Guidance;

/// <summary>
/// What became of an earlier outlook for the same future period, measure, basis and unit:
/// <see cref="New"/> when there was none (and the release's words say nothing of one),
/// <see cref="Raised"/> or <see cref="Lowered"/> when the middle of the range moved, <see cref="Kept"/>
/// when it did not (a range narrowed around the same middle is kept).
/// </summary>
public enum RevisionKind { New, Raised, Lowered, Kept }

/// <summary>Where a revision comes from: the earlier outlook stored for the company, or the release's own words ("raises", "reaffirms").</summary>
public enum RevisionSource { Store, Words }

public static class OutlookRevision
{
    /// <summary>The later outlook (<paramref name="low"/> to <paramref name="high"/>, the bounds it allows) against the earlier one.</summary>
    public static RevisionKind Compare(decimal earlierLow, decimal earlierHigh, decimal low, decimal high)
    {
        var before = earlierLow + earlierHigh;
        var now = low + high;
        return now > before ? RevisionKind.Raised : now < before ? RevisionKind.Lowered : RevisionKind.Kept;
    }

    /// <summary>What the release's words say it did, where no earlier outlook is stored to compare with.</summary>
    public static RevisionKind FromWords(GuidanceChange change) => change switch
    {
        GuidanceChange.Raised => RevisionKind.Raised,
        GuidanceChange.Lowered => RevisionKind.Lowered,
        GuidanceChange.Reaffirmed => RevisionKind.Kept,
        _ => RevisionKind.New,
    };

    public static string Name(this RevisionKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(this RevisionSource source) => source.ToString().ToLowerInvariant();
}
