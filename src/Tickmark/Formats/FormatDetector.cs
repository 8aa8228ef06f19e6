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

    /// <summary>
    /// The format of a whole file: an XBRL instance (its root is an xbrl element of the 2003
    /// instance namespace) or an inline-XBRL document (it declares the inline-XBRL namespace and
    /// tags numbers with nonFraction; an 8-K whose cover alone is tagged stays a release), else
    /// as <see cref="Detect(string, int, int)"/> tells.
    /// </summary>
    public static DocumentFormat Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, Window));
        if (!IsSubmissionStart(head[..Math.Min(head.Length, 4096)]))
        {
            if (XbrlRoot().IsMatch(head) && head.Contains(InstanceNamespace, StringComparison.Ordinal)) return DocumentFormat.XbrlInstance;
            if (InlineNamespace().IsMatch(head) && text.Contains(":nonFraction", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.InlineXbrl;
        }
        return Detect(text, 0, text.Length);
    }

    private const string InstanceNamespace = "http://www.xbrl.org/2003/instance";

    /// <summary>The format of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static DocumentFormat Detect(string text, int start, int end)
    {
        var head = text.AsSpan(start, Math.Min(end - start, Window));
        var opening = head[..Math.Min(head.Length, 4096)];
        if (IsSubmissionStart(opening)) return DocumentFormat.EdgarSubmission;
        return IsHtml(head) ? DocumentFormat.Html : DocumentFormat.Text;
    }

    private static readonly string[] HtmlOnlyTags = ["p", "div", "td", "tr", "br", "font", "span", "b", "i", "a", "li", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>An &lt;html&gt;, &lt;body&gt; or doctype tag, or five or more tags that only HTML uses.</summary>
    public static bool IsHtml(ReadOnlySpan<char> head)
    {
        if (head.IndexOf('<') < 0) return false;
        if (HtmlRoot().IsMatch(head)) return true;
        var count = 0;
        for (var at = head.IndexOf('<'); at >= 0 && at + 1 < head.Length; )
        {
            var name = head[(at + 1)..];
            var end = 0;
            while (end < name.Length && char.IsAsciiLetterOrDigit(name[end])) end++;
            if (end > 0 && end < name.Length && name[end] is ' ' or '>' or '/' or '\t' or '\n' or '\r')
                foreach (var tag in HtmlOnlyTags)
                    if (name[..end].Equals(tag, StringComparison.OrdinalIgnoreCase) && ++count >= 5) return true;
            var next = name.IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    // Every branch has a '<' before an S, I or D (either case; a non-ASCII letter is left to the regex's case folding):
    // a text release without one in its opening ("<PAGE>" aside) is not scanned. The multiline ^\s* of the last branch
    // read a space-padded release's blank lines again from every line.
    internal static bool IsSubmissionStart(ReadOnlySpan<char> opening)
    {
        for (var at = opening.IndexOf('<'); at >= 0 && at + 1 < opening.Length; at = opening[(at + 1)..].IndexOf('<') is var next and >= 0 ? at + 1 + next : -1)
            if (opening[at + 1] is 'S' or 's' or 'I' or 'i' or 'D' or 'd' or >= (char)128) return SubmissionStart().IsMatch(opening);
        return false;
    }

    [GeneratedRegex(@"<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>|^\s*<DOCUMENT>\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    internal static partial Regex SubmissionStart();

    [GeneratedRegex(@"<(html|body|head)[\s>]|<!doctype\s+html", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRoot();

    [GeneratedRegex(@"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<([A-Za-z][\w.-]*:)?xbrl[\s>]", RegexOptions.Singleline)]
    private static partial Regex XbrlRoot();

    [GeneratedRegex(@"http://www\.xbrl\.org/(2008|2013)/inlineXBRL")]
    private static partial Regex InlineNamespace();

}
