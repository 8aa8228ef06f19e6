namespace Tickmark.Store.Reading;

/// <summary>
/// What a stored release says besides its figures, as its page and <c>tickmark show</c> show it: the
/// call, events and guidance items, each guidance figure against the company's earlier outlook, and
/// the cautionary language against the company's previous release.
/// </summary>
public sealed record DisclosureView(ReleaseSummary Release, StoredDisclosures Items, IReadOnlyList<GuidanceRevision> Guidance, CautionaryComparison? Cautionary)
{
    public static DisclosureView? Read(TickmarkStore store, long releaseId) =>
        store.Reader.ReleaseSummary(releaseId) is { } release
            ? new DisclosureView(release, store.Disclosures.For(releaseId), store.Disclosures.ReleaseGuidance(releaseId), store.Disclosures.CompareWithPrevious(releaseId))
            : null;

    public bool IsEmpty => Items.Call is null && Items.Events.Count == 0 && Items.Guidance.Count == 0 && Items.Cautionary.Count == 0;
}
