using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>The qualifiers a figure's clause names: the geography ("sales outside the United States", "in Europe").</summary>
public static partial class ProseQualifiers
{
    public static IReadOnlyDictionary<string, string> Of(string clause)
    {
        var d = new Dictionary<string, string>();
        if (Outside().IsMatch(clause)) d["geography"] = "Outside United States";
        else if (UnitedStates().IsMatch(clause)) d["geography"] = "United States";
        else if (Region().Match(clause) is { Success: true } r) d["geography"] = r.Value;
        return d;
    }

    [GeneratedRegex(@"outside\s+(of\s+)?the\s+United\s+States|\binternational\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outside();

    [GeneratedRegex(@"\b(in\s+)?(the\s+)?United\s+States\b|\bU\.S\.", RegexOptions.IgnoreCase)]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"\b(Europe|Canada|Asia|Japan|China|Latin America)\b")]
    private static partial Regex Region();
}
