using System.Text;

namespace Tickmark.Comparison;

/// <summary>
/// Whether a release fact's qualifiers name the same part as a filing fact's dimensions: the same
/// number of them, and each release value ("iPhone", "Americas") the member of one filing axis
/// ("us-gaap:IPhoneMember", "aapl:AmericasSegmentMember") once both are reduced to letters and
/// digits and the member's "Member", "Segment" suffixes are dropped. No qualifiers match no dimensions.
/// </summary>
public static class DimensionMatch
{
    private static readonly string[] MemberSuffixes = ["member", "segment", "region", "products", "product"];

    public static bool Same(IReadOnlyDictionary<string, string> release, IReadOnlyDictionary<string, string> filing)
    {
        if (release.Count != filing.Count) return false;
        if (release.Count == 0) return true;
        var members = filing.Values.Select(Member).ToList();
        return release.Values.All(v => members.Contains(Key(v)));
    }

    private static string Member(string qname)
    {
        var key = Key(qname[(qname.IndexOf(':') + 1)..]);
        foreach (var suffix in MemberSuffixes)
            while (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal)) key = key[..^suffix.Length];
        return key;
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        var key = sb.ToString();
        foreach (var suffix in MemberSuffixes)
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal)) key = key[..^suffix.Length];
        return key;
    }
}
