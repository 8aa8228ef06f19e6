using System.Text.RegularExpressions;

namespace Tickmark.Events;

/// <summary>
/// One row of the event table: the kind, the words that mark it, and whether those words are
/// strong enough to count in any paragraph (a dividend declared, an FDA clearance) or only in a
/// list of the period's highlights (a presentation, a launch).
/// </summary>
public sealed record EventRule(EventKind Kind, Regex Words, bool InParagraphs);
