namespace Tickmark.Html;

/// <summary>
/// A column of figures in an HTML table: the logical columns [<see cref="Start"/>, <see cref="End"/>)
/// its figures' cells cover, and the right edges (<see cref="Anchors"/>) they line up on.
/// </summary>
public sealed record HtmlColumn(int Index, int Start, int End, IReadOnlyList<int> Anchors)
{
    public bool Overlaps(int start, int end) => start < End && end > Start;

    public int Distance(int start, int end) => end <= Start ? Start - end + 1 : start >= End ? start - End + 1 : 0;
}
