using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>A listed filing as a dry run reports it: what its listing says and where it would go.</summary>
public sealed record PlannedFiling(Filing Filing, string Plan, string Path);
