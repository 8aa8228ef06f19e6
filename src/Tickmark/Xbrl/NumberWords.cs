namespace Tickmark.Xbrl;

/// <summary>English number words as inline XBRL's numwordsen reads them: "no", "none", "zero", "twenty-five", "one hundred", "three thousand".</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["no"] = 0, ["none"] = 0, ["zero"] = 0, ["nil"] = 0, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>The number, or null when a word is not a number word.</summary>
    public static decimal? Read(string text)
    {
        decimal total = 0, group = 0;
        var any = false;
        foreach (var word in text.Split([' ', '-', ',', '\u00a0', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (Units.TryGetValue(word, out var u)) { group += u; any = true; continue; }
            if (!Multipliers.TryGetValue(word, out var m)) return null;
            any = true;
            if (m == 100m) group = (group == 0 ? 1 : group) * 100m;
            else { total += (group == 0 ? 1 : group) * m; group = 0; }
        }
        return any ? total + group : null;
    }
}
