namespace Tickmark.Tables;

/// <summary>
/// A column of figures: the 0-based character columns its numbers occupy across the table
/// (<see cref="Start"/> inclusive, <see cref="End"/> exclusive) and where its '$' signs begin.
/// </summary>
public sealed record GridColumn(int Index, int Start, int End, int OuterStart)
{
    public double Center => (OuterStart + End) / 2.0;

    /// <summary>Characters of [start, end) that fall inside this column, '$' and a margin included.</summary>
    public int Overlap(int start, int end, int margin = 1) =>
        Math.Max(0, Math.Min(end, End + margin) - Math.Max(start, OuterStart - margin));

    public int Distance(int start, int end) =>
        end <= OuterStart ? OuterStart - end : start >= End ? start - End : 0;
}
