using Tickmark.Cautionary;

namespace Tickmark.Store.Reading;

/// <summary>An event, guidance figure or call as stored: its kind or measure, its FACTS-JSON object (<see cref="Detail"/>), and the 1-based line and column where it is printed.</summary>
public sealed record StoredItem(int Index, string Kind, string Text, string Detail, int Line, int Column);

/// <summary>What a stored release says besides its figures: the call (null when it announces none), events, guidance and cautionary items, in order.</summary>
public sealed record StoredDisclosures(StoredItem? Call, IReadOnlyList<StoredItem> Events, IReadOnlyList<StoredItem> Guidance, IReadOnlyList<CautionaryItem> Cautionary);

/// <summary>
/// A release's cautionary language against the company's previous release that has any
/// (<see cref="Previous"/>, null when there is none, and then no changes).
/// </summary>
public sealed record CautionaryComparison(ReleaseSummary Release, ReleaseSummary? Previous, IReadOnlyList<CautionaryChange> Changes);

/// <summary>A call in the calendar: the release that announces it, when it starts as printed, and its FACTS-JSON object.</summary>
public sealed record CalendarEntry(ReleaseSummary Release, DateOnly? Date, string? Time, string? Zone, string? StartsAt, string Detail);
