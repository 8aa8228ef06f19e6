using Tickmark.Periods;

namespace Tickmark.Xbrl;

/// <summary>
/// An XBRL context: the entity (its identifier, a CIK for SEC filers), the period (an instant,
/// a duration with both dates inclusive, or none for "forever"), and its explicit or typed
/// dimensions, axis to member ("us-gaap:StatementBusinessSegmentsAxis" to "aapl:AmericasSegmentMember").
/// </summary>
public sealed record XbrlContext(string Id, string? Entity, Period? Period, IReadOnlyDictionary<string, string> Dimensions);
