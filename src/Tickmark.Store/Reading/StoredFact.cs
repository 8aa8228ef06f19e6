using Tickmark.Facts;

namespace Tickmark.Store.Reading;

/// <summary>A stored fact: its index in the release, the fact as extracted, and the 1-based line and column where it is printed.</summary>
public sealed record StoredFact(int Index, Fact Fact, int Line, int Column);
