using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// A sentence that looks ahead ("Other income is expected to be approximately $0.8 million", "we
/// expect revenue of about $22 billion"): its figures without a period of their own are for the
/// quarter after the one reported.
/// </summary>
public static partial class OutlookWords
{
    public static bool In(string sentence) => Outlook().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:expects?|expected|anticipates?|anticipated|projects?|projected|forecasts?|guidance|outlook|looking\s+ahead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outlook();
}
