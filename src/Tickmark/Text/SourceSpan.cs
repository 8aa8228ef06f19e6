namespace Tickmark.Text;

/// <summary>
/// A run of characters in a decoded document: 0-based <see cref="Start"/> offset and <see cref="Length"/>.
/// Line and column are not stored; ask the document's <see cref="LineIndex"/>.
/// </summary>
public readonly record struct SourceSpan
{
    public SourceSpan(int start, int length)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), "A span cannot start before the document.");
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "A span cannot have a negative length.");
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(SourceSpan other) => other.Start < End && Start < other.End;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start}..{End})";
}
