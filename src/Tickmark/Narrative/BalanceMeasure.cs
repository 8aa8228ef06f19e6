using System.Text.RegularExpressions;

namespace Tickmark.Narrative;

/// <summary>
/// Measures that are balances at a date, not flows over a period: "book value per share", "total
/// assets", "total deposits", "debt outstanding". Prose often dates them by the period they end
/// ("total deposits increased 11% to $1.10 billion during the quarter ended June 30, 2008"); their
/// figure is the balance on that period's last day. A return, yield or average computed over the
/// period ("return on average assets", "average deposits") is a flow even though it names a balance.
/// </summary>
public static partial class BalanceMeasure
{
    public static bool Is(string measure) =>
        (Held().IsMatch(measure) && !NetNew().IsMatch(measure))
        || (Stock().IsMatch(measure) && (!Flow().IsMatch(measure) || Contra().IsMatch(measure)));

    /// <summary>
    /// Balances whose names hold a flow word: "short-term deferred revenues", "remaining performance obligations",
    /// "Digital Media ARR" (annualized recurring revenue at the quarter's end); "net new ARR" is the quarter's addition, a flow.
    /// </summary>
    [GeneratedRegex(@"\b(deferred\s+revenues?|unearned\s+revenues?|remaining\s+performance\s+obligations|rpo|annualized\s+recurring\s+revenues?|arr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    [GeneratedRegex(@"\bnet\s+new\b", RegexOptions.IgnoreCase)]
    private static partial Regex NetNew();

    [GeneratedRegex(@"\b(book\s+value|assets|deposits|loans|loan\s+portfolio|debt|borrowings|(?:stockholders|shareholders)['\u2019]?\s+equity|equity|cash(?:\s+and\s+(?:cash\s+)?equivalents)?|backlog|allowance|reserve|outstanding|capital\s+ratio|investments|inventor(?:y|ies)|receivables)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stock();

    [GeneratedRegex(@"\b(income|revenues?|sales|expenses?|provision|earnings|profit|interest|originations|growth|charge[\s-]?offs?|gains?|loss(?:es)?|flow|used|generated|purchases?|repurchase[ds]?|margin|dividends?|paid|weighted|returns?|average|yields?|turnover|collections)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Flow();

    [GeneratedRegex(@"\b(allowance|reserve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contra();
}
