using System.Text.RegularExpressions;
using Tickmark.Concepts;
using Tickmark.Periods;

namespace Tickmark.Fetch.Detection;

/// <summary>
/// Where no item says so (8-Ks before Item 12, 6-Ks), a document is a results release when it reads
/// like one: an income statement whose latest period ended in the months before the filing (not the
/// restated years of a prospectus, nor an acquired company's audited accounts), and prose that
/// announces or reports (a dateline with a wire, or "announced", "reports" near the top).
/// </summary>
public static partial class ReleaseSigns
{
    /// <summary>A results release is filed within this many days of the period it reports (annual ones take longest).</summary>
    public const int MaxDaysAfterPeriod = 135;

    /// <summary>Why <paramref name="candidate"/> reads as a results release filed on <paramref name="filed"/>, or null when it does not.</summary>
    public static string? Why(ReleaseCandidate candidate, DateOnly filed)
    {
        var ends = candidate.Result.Statements
            .Where(s => s.Kind == StatementKind.IncomeStatement)
            .SelectMany(s => s.Columns)
            .Select(c => c.Period)
            .OfType<Duration>()
            .Select(p => p.End)
            .Where(e => e <= filed)
            .ToList();
        if (ends.Count == 0) return null;
        var latest = ends.Max();
        if (filed.DayNumber - latest.DayNumber > MaxDaysAfterPeriod) return null;
        var release = candidate.Result.Release;
        var text = candidate.Result.Document.Text;
        var start = candidate.Document.Content.Start;
        var head = text.Substring(start, Math.Min(4000, text.Length - start));
        var announces = release.Wire is not null || Announces().IsMatch(Spaces().Replace(head, " "));
        return announces ? $"reads as a results release: income statement to {latest:yyyy-MM-dd}, filed {filed.DayNumber - latest.DayNumber} days later" : null;
    }

    [GeneratedRegex(@"\b(?:announce[sd]?|reports?|reported)\b[^.]{0,160}?\b(?:results|earnings|net (?:income|earnings|loss)|revenues?|sales|quarter|fiscal year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
