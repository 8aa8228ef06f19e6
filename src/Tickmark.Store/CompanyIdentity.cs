using System.Text.RegularExpressions;
using Tickmark.Releases;

namespace Tickmark.Store;

/// <summary>
/// Who a release is from, as far as it says: ticker, CIK, name. The company's key is the ticker
/// when the release gives one, else "CIK" and the CIK, else its normalised name ("horizon
/// financial" for "Horizon Financial Corp."). A release that names none of these has no company.
/// </summary>
public sealed partial record CompanyIdentity(string Key, string? Ticker, string? Cik, string? Name, string? NameKey, string? Exchange)
{
    public static CompanyIdentity? Of(ReleaseInfo release)
    {
        var ticker = string.IsNullOrWhiteSpace(release.Ticker) ? null : release.Ticker.Trim().ToUpperInvariant();
        var cik = string.IsNullOrWhiteSpace(release.Cik) ? null : release.Cik.Trim().TrimStart('0');
        var name = string.IsNullOrWhiteSpace(release.Company) ? null : release.Company.Trim();
        var nameKey = name is null ? null : NormalizeName(name);
        if (nameKey == "") nameKey = null;
        var key = ticker ?? (cik is null ? null : "CIK" + cik) ?? nameKey;
        return key is null ? null : new CompanyIdentity(key, ticker, cik, name, nameKey, release.Exchange);
    }

    /// <summary>Lower case, '&amp;' as "and", punctuation and legal suffixes (Inc., Corp., Ltd. ...) and a leading "The" dropped.</summary>
    public static string NormalizeName(string name)
    {
        var words = NonWord().Replace(name.ToLowerInvariant().Replace("&", " and "), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> LegalSuffixes = ["inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "lp", "sa", "nv", "ag"];

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
