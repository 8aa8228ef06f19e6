using System.Text.RegularExpressions;
using Tickmark.Disclosures;

namespace Tickmark.Guidance;

/// <summary>
/// The predicate the prose and guidance stages share: a sentence of the outlook ("Revenue is
/// expected to be $24.0 billion, plus or minus 2%", "we expect revenue of about $22 billion",
/// "reaffirms its full-year EPS guidance of $2.10 to $2.20") looks ahead, names a measure of the
/// outlook table and prints an amount. Its figures are guidance, never figures of a reported
/// period. A sentence about a dividend or a repurchase is an event, not an outlook; a sentence
/// that reports ("revenue was ... above the outlook") is not claimed.
/// </summary>
public static partial class OutlookSentence
{
    public static bool Claims(string sentence) =>
        Cue().IsMatch(sentence) && !Reported().IsMatch(sentence) && !EventWords().IsMatch(sentence)
        && GuidanceMeasures.Any(sentence) && AmountReader.Read(sentence).Count > 0;

    [GeneratedRegex(@"\b(?:expects?|expected|anticipates?|anticipated|forecasts?|projected|outlook|guidance|looking\s+ahead|reaffirm(?:s|ed)?|reiterat(?:es|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:was|were|came\s+in|exceeded|beat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:dividends?|repurchases?|buybacks?|split)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventWords();
}
