using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>
/// Where one table sits in the document's lines: its title and column headings
/// (<see cref="HeaderStart"/> up to <see cref="BodyStart"/>) and its rows
/// (<see cref="BodyStart"/> through <see cref="BodyEnd"/>, inclusive, 0-based line indexes).
/// </summary>
public sealed record TableRegion(int HeaderStart, int BodyStart, int BodyEnd)
{
    public IEnumerable<int> HeaderLines => Enumerable.Range(HeaderStart, BodyStart - HeaderStart);
    public IEnumerable<int> BodyLines => Enumerable.Range(BodyStart, BodyEnd - BodyStart + 1);
}
