using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// Unit words that stand before a figure rather than after it: "diluted earnings per common share
/// of $0.66", "diluted EPS were $0.46", "book value per share was $11.64". The words count from the
/// figure before (or the sentence's start), so "net income of $4.6 million, or $0.41 per share, and
/// revenues of $20" does not make the revenues a per-share amount.
/// </summary>
public static partial class ProseUnitWords
{
    /// <summary>True when <paramref name="lead"/>, the words between the figure before and this one, name a per-share amount.</summary>
    public static bool PerShareBefore(string lead) => PerShare().IsMatch(lead);

    /// <summary>
    /// True when <paramref name="lead"/> only joins a figure to the one before as the same measure on another basis:
    /// "Diluted earnings per share was $2.71 on a GAAP basis and $3.80 on a non-GAAP basis".
    /// </summary>
    public static bool SameMeasureNext(string lead) => BasisAnd().IsMatch(lead);

    [GeneratedRegex(@"^\s+on\s+an?\s+(?:gaap|non-gaap|adjusted|reported|as-reported)\s+basis,?\s+(?:and|or|versus|vs\.)\s+\$?$", RegexOptions.IgnoreCase)]
    private static partial Regex BasisAnd();

    [GeneratedRegex(@"\bper\s+(?:basic\s+and\s+diluted\s+|diluted\s+|basic\s+|fully\s+diluted\s+)?(?:common\s+|ordinary\s+)?share\b|\bEPS\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShare();
}
