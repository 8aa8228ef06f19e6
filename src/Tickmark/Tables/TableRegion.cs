using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>
/// Where one table sits in the document's lines: its title and column headings
/// (<see cref="HeaderStart"/> up to <see cref="BodyStart"/>) and its rows
/// (<see cref="BodyStart"/> through <see cref="BodyEnd"/>, inclusive, 0-based line indexes).
/// </summary>
/// <remarks>Indexes are positions in the line view the table stages read (see <see cref="Lines.LineView"/>);
/// <see cref="FirstLine"/> and <see cref="LastLine"/> are the 1-based lines of the document.</remarks>
public sealed record TableRegion(int HeaderStart, int BodyStart, int BodyEnd)
{
    public int FirstLine { get; init; }
    public int LastLine { get; init; }

    public IEnumerable<int> HeaderLines => Enumerable.Range(HeaderStart, BodyStart - HeaderStart);
    public IEnumerable<int> BodyLines => Enumerable.Range(BodyStart, BodyEnd - BodyStart + 1);
}
