using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>Word patterns more than one part of the prose stage reads.</summary>
public static partial class ProseWords
{
    /// <summary>How far around a figure its words and period phrases are looked for: keeps a run-on sentence linear.</summary>
    public const int Window = 400;

    /// <summary>The words between a figure and the one before it that make it a comparative.</summary>
    [GeneratedRegex(@"\b(compared\s+(to|with)|compares\s+(to|with)|versus|vs\.|from(?!\s+(product|service|operations|continuing|discontinued|licens|royalt|the\s+sale)))\b", RegexOptions.IgnoreCase)]
    public static partial Regex ComparativeLead();

    /// <summary>Where a clause breaks: a new subject, a comparison, a list.</summary>
    [GeneratedRegex(@"\b(reported|said|announced|noted)\s+that\b|,\s+(?=or\b|an?\b|and\b|with\b|which\b|compared\b|up\b|down\b)|\bcompared\s+to\b|\bcompared\s+with\b|\bcompares\s+with\b|\bversus\b|\bfrom\b|;|--|\bwhile\b|\bwith\b|\band\b(?=\s+(?:an?\s+)?(?:net|total|gross|revenues?|sales))", RegexOptions.IgnoreCase)]
    public static partial Regex ClauseBreak();

    /// <summary>"..., but would have been $": the figure that follows is the one before it as it would have been without an item.</summary>
    [GeneratedRegex(@"\b(?:would|could)\s+(?:otherwise\s+)?have\s+been\s*\$?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Counterfactual();

    [GeneratedRegex(@"\s+")]
    public static partial Regex Spaces();
}
