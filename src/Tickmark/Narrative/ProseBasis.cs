using System.Text.RegularExpressions;
using Tickmark.Facts;

namespace Tickmark.Narrative;

/// <summary>
/// GAAP or non-GAAP for a prose figure: non-GAAP where its own words, or the words that open its
/// sentence ("Excluding the impact of these items, ..."), call it adjusted, non-GAAP, pro forma or
/// excluding items.
/// </summary>
public static partial class ProseBasis
{
    public static FactBasis Of(string lead, string sentenceOpening) =>
        NonGaap().IsMatch(lead) || Opening().IsMatch(sentenceOpening) ? FactBasis.NonGaap : FactBasis.Gaap;

    [GeneratedRegex(@"\bnon[\s-]?GAAP\b|\bpro[\s-]forma\b|\badjusted\b|\bexcluding\b|\bbefore\s+(?:one[\s-]time|special|unusual)\s+items\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonGaap();

    [GeneratedRegex(@"^\W*(?:excluding|before|on\s+an?\s+(?:non[\s-]?GAAP|pro[\s-]forma|adjusted)\s+basis|adjusted\s+for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
