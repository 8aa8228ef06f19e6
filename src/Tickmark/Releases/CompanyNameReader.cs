using System.Text.RegularExpressions;

namespace Tickmark.Releases;

/// <summary>
/// Where a release names its company: before its ticker ("Horizon Financial Corp. (Nasdaq: HRZB)"),
/// as the subject of its lead ("—Apple® today announced", "NVIDIA today reported"), in a letterhead or
/// statement title ("NVIDIA CORPORATION AND SUBSIDIARIES", "Apple Inc."), or as its headline's subject
/// ("NVIDIA Announces Financial Results ...").
/// </summary>
public static partial class CompanyNameReader
{
    /// <summary>The capitalised words right before a ticker at <paramref name="index"/>, in its paragraph.</summary>
    public static string? BeforeTicker(string text, int index)
    {
        var start = Math.Max(0, index - 200);
        var paragraph = text.LastIndexOf("\n\n", index, index - start, StringComparison.Ordinal);
        var name = NameAtEnd(Cut(text, paragraph >= 0 ? paragraph + 2 : start, index));
        // "Pericom Semiconductor\n\nCorporation (Nasdaq: PSEM)" in a double-spaced release: a legal suffix alone is no name.
        if (name is not null && paragraph >= 0 && LegalSuffix().IsMatch(name) && !name.Contains(' '))
            name = NameAtEnd(Cut(text, start, index)) ?? name;
        return name;
    }

    /// <summary>"Apple® today announced", "Asta Funding, Inc., (NASDAQ: ASFI)": the subject a lead opens with.</summary>
    public static string? LeadSubject(string lead)
    {
        var m = Subject().Match(Clean(lead));
        return m.Success ? Trim(m.Groups["name"].Value) : null;
    }

    /// <summary>A title line that is a company's legal name ("Apple Inc.", "NVIDIA CORPORATION AND SUBSIDIARIES").</summary>
    public static string? Title(string line)
    {
        var m = LegalName().Match(Clean(line));
        return m.Success ? Trim(m.Groups["name"].Value) : null;
    }

    /// <summary>"NVIDIA Announces Financial Results for ...": the words before the headline's verb.</summary>
    public static string? HeadlineSubject(string headline)
    {
        var m = HeadlineVerb().Match(Clean(headline));
        return m.Success ? Trim(m.Groups["name"].Value) : null;
    }

    private static string Cut(string text, int start, int end)
    {
        var before = Clean(text[start..end]);
        var dash = before.LastIndexOf("--", StringComparison.Ordinal);
        if (dash >= 0) before = before[(dash + 2)..];
        // "Horizon Financial Corp. (Horizon) (NASDAQ: HRZB)": the short name in parentheses is not part of it.
        return ShortName().Replace(before, "");
    }

    private static string? NameAtEnd(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = 0;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var w = words[i];
            if (char.IsUpper(w[0]) || w is "&" or "and" or "of" || (take > 0 && w.All(char.IsUpper))) { take++; continue; }
            break;
        }
        while (take > 0 && (words[words.Length - take] is "and" or "of" or "&" || words[words.Length - take].EndsWith("-based", StringComparison.OrdinalIgnoreCase))) take--;
        return take == 0 ? null : Trim(string.Join(' ', words[^take..]));
    }

    private static string Clean(string s) => Spaces().Replace(Marks().Replace(s, ""), " ").Trim();

    private static string Trim(string name) => name.Trim(',', ' ');

    [GeneratedRegex(@"[\u00AE\u2122]|\(R\)|\(TM\)")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s*\(\s*(?:the\s+)?[""\u201C]?[A-Z][A-Za-z&.]*(?:\s+[A-Z][A-Za-z&.]*)?[""\u201D]?\s*\)\s*$")]
    private static partial Regex ShortName();

    [GeneratedRegex(@"^(Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalSuffix();

    [GeneratedRegex(@"^(?<name>[A-Z][\w.&'-]*(?:,?\s+(?:[A-Z][\w.&'-]*|&|and|of)){0,5}?),?\s+(?:\(|today\b|announced\b|reported\b|reports\b|announces\b)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?<name>[A-Z][\w.&'-]*(?:,?\s+(?:[A-Z][\w.&'-]*|&|and|of)){0,5}?,?\s+(?i:inc|incorporated|corp|corporation|company|ltd|limited|llc|plc)\.?)(?:\s+(?i:and\s+(?:its\s+)?subsidiaries))?$")]
    private static partial Regex LegalName();

    [GeneratedRegex(@"^(?<name>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|&|and|of)){0,4}?)\s+(?i:announces|reports|reported|posts|earns|grows|delivers|achieves|declares|increases|raises)\b")]
    private static partial Regex HeadlineVerb();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
