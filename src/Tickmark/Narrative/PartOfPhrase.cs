using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Narrative;

/// <summary>
/// "net loss of $0.34 million ... was attributable to a compensation charge": the words after a figure that
/// make it a part of something (the charge), not the measure before it.
/// </summary>
public static partial class PartOfPhrase
{
    /// <summary>What the figure is a part of, read in <paramref name="rest"/> (the sentence after the figure); null when nothing.</summary>
    public static string? In(string rest)
    {
        // The pattern is costly to try; most sentences have none of its words.
        if (!rest.Contains("attributable", StringComparison.OrdinalIgnoreCase) && !rest.Contains("due", StringComparison.OrdinalIgnoreCase)
            && !rest.Contains("related", StringComparison.OrdinalIgnoreCase)) return null;
        var part = PartOf().Match(rest);
        return part.Success ? Whitespace.Squeeze(part.Groups["what"].ValueSpan) : null;
    }

    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\bwas\s+(attributable|due|related)\s+to\s+(an?\s+|the\s+)?(?<what>[\w\s-]{3,60}?)(?=\s+(resulting|which|from|for|in|of)\b|[,.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();
}
