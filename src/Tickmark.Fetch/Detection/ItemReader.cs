using System.Text.RegularExpressions;

namespace Tickmark.Fetch.Detection;

/// <summary>
/// Tells from a submission's own text whether it reports results of operations: its header's
/// "ITEM INFORMATION: Results of Operations and Financial Condition" (or "&lt;ITEMS&gt;2.02"), or, where
/// headers carry no such line (2003-2004), "Item 12. Results of Operations..." or "Item 2.02" with
/// that caption in the 8-K itself.
/// </summary>
public static partial class ItemReader
{
    /// <summary>The item that says so ("2.02", "12"), or null.</summary>
    public static string? ResultsItem(string header, string mainDocument)
    {
        foreach (Match m in HeaderItem().Matches(header))
        {
            var value = m.Groups[1].Value.Trim();
            if (value == "2.02" || value.Contains("Results of Operations", StringComparison.OrdinalIgnoreCase)) return "2.02";
        }
        var body = BodyItem().Match(PlainText(mainDocument));
        return body.Success ? body.Groups[1].Value : null;
    }

    /// <summary>The document's words with tags dropped, references decoded and white space single: an HTML 8-K writes "Item&amp;#160;12." across tags.</summary>
    private static string PlainText(string document) =>
        Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(document, " ")), " ");

    [GeneratedRegex(@"^[ \t]*(?:ITEM INFORMATION:|<ITEMS>)(.*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderItem();

    // "Item 12. Results of Operations", "ITEM 2.02 RESULTS OF OPERATIONS", "Item 12. Disclosure of Results of Operations".
    [GeneratedRegex(@"\bItem\s*(?:No\.?\s*)?(2\.02|12)\b[^A-Za-z]{0,6}(?:[A-Za-z]+\s+){0,2}?Results\s+of\s+Operations", RegexOptions.IgnoreCase)]
    private static partial Regex BodyItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
