using System.Text.RegularExpressions;

namespace Tickmark.Fetch.Http;

/// <summary>
/// EDGAR's fair-access policy asks every client to declare who it is, with a contact address
/// ("Jane Doe jane.doe@example.com"); requests without one are refused.
/// </summary>
public static partial class UserAgent
{
    /// <summary>Null when <paramref name="value"/> names a contact e-mail; otherwise what to do, in one line.</summary>
    public static string? Problem(string? value)
    {
        const string how = $"give --user-agent \"Your Name you@example.com\" or set {FetchOptions.UserAgentVariable}";
        if (string.IsNullOrWhiteSpace(value)) return $"EDGAR asks every client to say who it is with a contact e-mail: {how}";
        if (!Email().IsMatch(value)) return $"the User-Agent '{value}' has no contact e-mail, which EDGAR asks for: {how}";
        if (value.Any(char.IsControl)) return $"the User-Agent holds a control character: {how}";
        return null;
    }

    [GeneratedRegex(@"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
