using Tickmark.Store.Reading;

namespace Tickmark.Store.Export;

/// <summary>One stored fact with the company and release it belongs to (the company is null for a release that names none).</summary>
public sealed record FactRow(CompanySummary? Company, ReleaseSummary Release, StoredFact Fact);
