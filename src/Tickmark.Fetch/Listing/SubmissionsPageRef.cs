namespace Tickmark.Fetch.Listing;

/// <summary>An older page of a company's submissions JSON, as its <c>filings.files</c> lists it: file name and the filing dates it spans (both included).</summary>
public sealed record SubmissionsPageRef(string Name, DateOnly From, DateOnly To);
