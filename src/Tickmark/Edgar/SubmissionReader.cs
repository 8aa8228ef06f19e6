using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Formats;
using Tickmark.Text;

namespace Tickmark.Edgar;

/// <summary>
/// Reads the SGML wrapper of an EDGAR submission: the header's "KEY: value" lines (or their
/// &lt;TAG&gt;value form) and each &lt;DOCUMENT&gt; with its &lt;TYPE&gt;, &lt;SEQUENCE&gt;, &lt;FILENAME&gt;
/// and the span of its &lt;TEXT&gt;. Offsets are those of the submission text given.
/// </summary>
public static partial class SubmissionReader
{
    private static readonly HashSet<string> BinaryTypes = new(StringComparer.OrdinalIgnoreCase) { "GRAPHIC", "ZIP", "PDF", "EXCEL", "JSON", "XML" };

    public static Submission Read(string text)
    {
        var documents = new List<SubmissionDocument>();
        var firstDocument = text.Length;
        foreach (var (start, end) in DocumentBodies(text))
        {
            firstDocument = Math.Min(firstDocument, start);
            var tags = text[start..Math.Min(end, start + 2000)];
            var type = Field(tags, "TYPE") ?? "";
            var sequence = int.TryParse(Field(tags, "SEQUENCE"), out var s) ? s : documents.Count + 1;
            var content = ContentSpan(text, start, end);
            var encoded = BinaryTypes.Contains(type) || type.StartsWith("EX-101", StringComparison.OrdinalIgnoreCase) || IsUuencoded(text, content);
            var format = FormatDetector.Detect(text, content.Start, content.End) == DocumentFormat.Html ? DocumentFormat.Html : DocumentFormat.Text;
            documents.Add(new SubmissionDocument(type.Trim(), sequence, Field(tags, "FILENAME"), Field(tags, "DESCRIPTION"), content, format, encoded));
        }
        var headerEnd = text.IndexOf("</SEC-HEADER>", StringComparison.OrdinalIgnoreCase);
        var header = ReadHeader(text[..(headerEnd >= 0 ? headerEnd : firstDocument)]);
        // A lone <DOCUMENT> has no header; its own type is the form filed.
        if (header.FormType is null && documents.Count > 0 && documents[0].Type.Length > 0) header = header with { FormType = documents[0].Type };
        return new Submission(header, documents);
    }

    /// <summary>The body of each &lt;DOCUMENT&gt;: up to its &lt;/DOCUMENT&gt;, the next &lt;DOCUMENT&gt;, or the end.</summary>
    private static IEnumerable<(int Start, int End)> DocumentBodies(string text)
    {
        const string Open = "<DOCUMENT>", Close = "</DOCUMENT>";
        var at = text.IndexOf(Open, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var start = at + Open.Length;
            var next = text.IndexOf(Open, start, StringComparison.OrdinalIgnoreCase);
            var limit = next >= 0 ? next : text.Length;
            var close = text.IndexOf(Close, start, limit - start, StringComparison.OrdinalIgnoreCase);
            yield return (start, close >= 0 ? close : limit);
            at = next;
        }
    }

    private static SubmissionHeader ReadHeader(string header)
    {
        var filers = new List<SubmissionFiler>();
        foreach (var part in FilerSplit().Split(header).Skip(1))
        {
            var name = Value(part, "COMPANY CONFORMED NAME", "CONFORMED-NAME");
            if (name is null) continue;
            var sic = Value(part, "STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED-SIC");
            var code = sic is null ? null : SicCode().Match(sic) is { Success: true } c ? c.Groups[1].Value : sic.All(char.IsDigit) ? sic : null;
            var sicName = sic is null ? null : SicCode().Replace(sic, "").Trim() is { Length: > 0 } n && !n.All(char.IsDigit) ? n : null;
            filers.Add(new SubmissionFiler(name, Value(part, "CENTRAL INDEX KEY", "CIK"), code, sicName));
        }
        return new SubmissionHeader
        {
            AccessionNumber = Value(header, "ACCESSION NUMBER", "ACCESSION-NUMBER"),
            FormType = Value(header, "CONFORMED SUBMISSION TYPE", "TYPE"),
            FilingDate = Date(Value(header, "FILED AS OF DATE", "FILING-DATE")),
            PeriodOfReport = Date(Value(header, "CONFORMED PERIOD OF REPORT", "PERIOD")),
            Filers = filers,
        };
    }

    /// <summary>"KEY:  value" as the dissemination header prints it, or "&lt;TAG&gt;value" as the SGML header does.</summary>
    private static string? Value(string text, string key, string tag)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(key, StringComparison.Ordinal) && line.Length > key.Length && line[key.Length] == ':')
                return NonEmpty(line[(key.Length + 1)..]);
            if (line.Length > tag.Length + 2 && line[0] == '<' && line[tag.Length + 1] == '>'
                && line.AsSpan(1, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase))
                return NonEmpty(line[(tag.Length + 2)..]);
        }
        return null;
    }

    /// <summary>A document's "&lt;TAG&gt;value" line.</summary>
    private static string? Field(string body, string tag) => Value(body, "\0", tag);

    private static string? NonEmpty(string value)
    {
        var v = value.Trim();
        var lt = v.IndexOf('<');
        if (lt > 0) v = v[..lt].Trim();
        return v.Length > 0 ? v : null;
    }

    private static DateOnly? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The characters between &lt;TEXT&gt; and &lt;/TEXT&gt; (the whole body when a document has no &lt;TEXT&gt;).</summary>
    private static SourceSpan ContentSpan(string text, int start, int end)
    {
        var open = text.IndexOf("<TEXT>", start, end - start, StringComparison.OrdinalIgnoreCase);
        if (open < 0) return SourceSpan.FromBounds(start, end);
        var from = open + "<TEXT>".Length;
        var close = text.LastIndexOf("</TEXT>", end - 1, end - from, StringComparison.OrdinalIgnoreCase);
        return SourceSpan.FromBounds(from, close >= 0 ? close : end);
    }

    /// <summary>uuencoded content opens with "begin 644 name"; PDF and other binary wrappers with their own tags.</summary>
    private static bool IsUuencoded(string text, SourceSpan content)
    {
        var head = text.AsSpan(content.Start, Math.Min(content.Length, 512)).TrimStart();
        return Uuencode().IsMatch(head) || head.StartsWith("<PDF>", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^[ \t]*(?:FILER:|<FILER>|SUBJECT COMPANY:|<SUBJECT-COMPANY>)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FilerSplit();

    [GeneratedRegex(@"\[(\d{3,4})\]")]
    private static partial Regex SicCode();

    [GeneratedRegex(@"^begin [0-7]{3,4} \S")]
    private static partial Regex Uuencode();
}
