using System.Text.RegularExpressions;

namespace Tickmark.Formats;

/// <summary>
/// Tells the format of a decoded release from its opening: the SGML wrapper of an EDGAR submission
/// (&lt;SEC-DOCUMENT&gt;, &lt;SEC-HEADER&gt;, &lt;DOCUMENT&gt;), HTML (&lt;html&gt;, &lt;body&gt; or
/// several HTML tags), else plain text. Old EDGAR text exhibits carry &lt;PAGE&gt;, &lt;TABLE&gt;, &lt;S&gt;
/// and &lt;C&gt; tags; those alone do not make a document HTML.
/// </summary>
public static partial class FormatDetector
{
    private const int Window = 64 * 1024;

    public static DocumentFormat Detect(string text) => Detect(text, 0, text.Length);

    /// <summary>The format of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static DocumentFormat Detect(string text, int start, int end)
    {
        var head = text.AsSpan(start, Math.Min(end - start, Window));
        var opening = head[..Math.Min(head.Length, 4096)];
        if (SubmissionStart().IsMatch(opening)) return DocumentFormat.EdgarSubmission;
        return IsHtml(head) ? DocumentFormat.Html : DocumentFormat.Text;
    }

    /// <summary>An &lt;html&gt;, &lt;body&gt; or doctype tag, or five or more tags that only HTML uses.</summary>
    public static bool IsHtml(ReadOnlySpan<char> head)
    {
        if (HtmlRoot().IsMatch(head)) return true;
        var count = 0;
        foreach (var _ in HtmlTag().EnumerateMatches(head))
            if (++count >= 5) return true;
        return false;
    }

    [GeneratedRegex(@"<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>|^\s*<DOCUMENT>\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SubmissionStart();

    [GeneratedRegex(@"<(html|body|head)[\s>]|<!doctype\s+html", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRoot();

    [GeneratedRegex(@"<(p|div|td|tr|br|font|span|b|i|a|li|h[1-6])[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
