using System.Text.RegularExpressions;

namespace Tickmark.Tests.Support;

/// <summary>Label words as the scorer compares them: lower case, apostrophes dropped, small words ignored.</summary>
public static partial class Tokens
{
    private static readonly HashSet<string> Stop = ["and", "the", "of", "for", "a", "an", "in", "to"];

    public static HashSet<string> Of(string? text) =>
        Word().Matches((text ?? "").ToLowerInvariant().Replace("'", "").Replace("\u2019", ""))
            .Select(m => m.Value).Where(t => !Stop.Contains(t)).ToHashSet();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();
}
