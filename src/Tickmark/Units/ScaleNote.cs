using System.Text.RegularExpressions;

namespace Tickmark.Units;

/// <summary>
/// A table's "(in thousands, except per share amounts)": the factor for money and the factor for
/// share counts. Per-share amounts and percentages are never scaled. A note that scales something
/// other than money ("(In Millions of KWHs)", "(in thousands of barrels)") says what the figures count.
/// </summary>
public sealed partial record ScaleNote(decimal Money, decimal Shares, bool Stated)
{
    public static readonly ScaleNote None = new(1m, 1m, false);

    /// <summary>What the note's factor counts when it is not money ("KWHs", "barrels"); null for money.</summary>
    public string? Counted { get; init; }

    /// <summary>Reads the first scale note in <paramref name="text"/>; <see cref="None"/> when there is none.</summary>
    public static ScaleNote Read(string text)
    {
        var factor = Factor(text);
        if (factor is null) return None;
        var counted = CountedUnit().Match(text) is { Success: true } c ? c.Groups["u"].Value : null;
        // "except share amounts which are reflected in thousands": shares have a scale of their own.
        if (SharesIn().Match(text) is { Success: true } s)
            return new ScaleNote(factor.Value, s.Groups["k"].Success ? 1_000m : 1_000_000m, true) { Counted = counted };
        var sharesApart = ExceptShares().IsMatch(text);
        return new ScaleNote(factor.Value, sharesApart ? 1m : factor.Value, true) { Counted = counted };
    }

    /// <summary>The factor a phrase such as "(in millions)" or "(000s)" states, or null.</summary>
    public static decimal? Factor(string text)
    {
        if (!MayNameScale(text)) return null;
        var m = Note().Match(text);
        if (!m.Success) return null;
        if (m.Groups["k"].Success) return 1_000m;
        if (m.Groups["m"].Success) return 1_000_000m;
        if (m.Groups["b"].Success) return 1_000_000_000m;
        return null;
    }

    /// <summary>
    /// False when <see cref="Note"/> cannot match: every branch prints "000", "thousands", "millions" or "billions"
    /// (most headings and titles have none). Text with a non-ASCII character is left to the regex (its case folding).
    /// </summary>
    internal static bool MayNameScale(string text) => !System.Text.Ascii.IsValid(text) || text.AsSpan().IndexOfAny(ScaleWords) >= 0;

    private static readonly System.Buffers.SearchValues<string> ScaleWords =
        System.Buffers.SearchValues.Create(["000", "thousands", "millions", "billions"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bin\s+(?:(?:u\.?s\.?\s+)?dollars\s+in\s+|\$\s*)?(?:(?<k>thousands|000'?s|\$?000)|(?<m>millions)|(?<b>billions))\b|\((?:\$\s*)?(?:in\s+)?(?:(?<k>000'?s?|thousands)|(?<m>millions)|(?<b>billions))\b|\b(?<k>000'?s)\s+omitted|\b(?:dollars|amounts|figures)\s+(?:are\s+)?(?:expressed\s+)?in\s+(?:(?<k>thousands)|(?<m>millions)|(?<b>billions))|\$\s*in\s+(?:(?<k>thousands)|(?<m>millions)|(?<b>billions))", RegexOptions.IgnoreCase)]
    internal static partial Regex Note();

    /// <summary>"In Millions of KWHs", "in thousands of barrels": a scale of a thing counted, not of a currency.</summary>
    [GeneratedRegex(@"\bin\s+(?:thousands|millions|billions)\s+of\s+(?!(?:u\.?s\.?\s+|canadian\s+|australian\s+)?(?:dollars|euros?|yen|pounds|francs|pesos|shares?|\$))(?<u>[a-z][a-z-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CountedUnit();

    [GeneratedRegex(@"\bshares?\b(\s+(amounts|data|counts|numbers))?(,?\s+(which|that)\s+are)?(\s+(reflected|stated|presented|expressed|shown))?\s+in\s+(?:(?<k>thousands)|(?<m>millions))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharesIn();

    [GeneratedRegex(@"except\s+(for\s+)?(number\s+of\s+)?(share|shares)\b|share\s+and\s+per[- ]share\s+(data|amounts|information)|per[- ]share\s+and\s+share\s+(data|amounts)|shares?\s+(are\s+)?in\s+(units|actual)", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptShares();
}
