using Tickmark.Series;

namespace Tickmark.Splits;

/// <summary>A split as a stored release states it: the release, the split, and the 1-based line and column of its words.</summary>
public sealed record StatedSplit(ReleaseRef Release, StockSplit Split, int Line, int Column);
