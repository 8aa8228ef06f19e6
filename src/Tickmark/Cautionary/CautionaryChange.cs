namespace Tickmark.Cautionary;

/// <summary>How an item of cautionary language changed from one release to the next.</summary>
public enum ChangeKind { Unchanged, Reworded, Added, Removed }

/// <summary>
/// One line of the diff: the item in the earlier release (<see cref="Before"/>, null when added)
/// and in the later (<see cref="After"/>, null when removed); for a reworded item the runs of words
/// added and removed, in order.
/// </summary>
public sealed record CautionaryChange(ChangeKind Kind, CautionaryItem? Before, CautionaryItem? After)
{
    public IReadOnlyList<string> WordsAdded { get; init; } = [];
    public IReadOnlyList<string> WordsRemoved { get; init; } = [];

    public string KindName => Kind.ToString().ToLowerInvariant();
}
