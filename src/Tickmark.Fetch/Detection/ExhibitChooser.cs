using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Edgar;
using Tickmark.Extraction;
using Tickmark.Text;

namespace Tickmark.Fetch.Detection;

/// <summary>
/// Chooses the document of a submission that holds the release's statements: EX-99.1 first, then
/// EX-99.2 and on, then the 8-K itself; the first where the extractor finds an income statement,
/// else the first with any statement. Each is read alone, with the submission's header (the rest
/// of the file blanked, so offsets stay the submission's). Uuencoded and binary documents
/// (graphics, XBRL, zip) are never read.
/// </summary>
public static partial class ExhibitChooser
{
    public static ReleaseCandidate? Choose(SourceDocument submissionText, Submission submission, Extractor extractor)
    {
        ReleaseCandidate? withStatements = null;
        foreach (var d in Candidates(submission))
        {
            var candidate = new ReleaseCandidate(d, extractor.Extract(Alone(submissionText, d)));
            if (candidate.HasIncomeStatement) return candidate; // the later ones are not read
            if (candidate.HasStatements) withStatements ??= candidate;
        }
        return withStatements;
    }

    /// <summary>The documents a release may be in, in the order they are tried.</summary>
    public static IEnumerable<SubmissionDocument> Candidates(Submission submission)
    {
        var readable = submission.Documents.Where(d => !d.IsEncoded && d.Content.Length > 0).ToList();
        var exhibits = readable.Where(d => d.IsExhibit99).OrderBy(ExhibitNumber).ThenBy(d => d.Sequence);
        return readable.Count > 0 && !readable[0].IsExhibit99 ? exhibits.Append(readable[0]) : exhibits;
    }

    /// <summary>The submission with only its header and <paramref name="document"/> left; every other character a space (line breaks kept).</summary>
    public static SourceDocument Alone(SourceDocument doc, SubmissionDocument document)
    {
        var text = doc.Text;
        var headerEnd = text.IndexOf("</SEC-HEADER>", StringComparison.OrdinalIgnoreCase);
        var keepTo = headerEnd >= 0 ? headerEnd + "</SEC-HEADER>".Length : 0;
        var open = text.LastIndexOf("<DOCUMENT>", document.Content.Start, StringComparison.OrdinalIgnoreCase);
        var close = text.IndexOf("</DOCUMENT>", document.Content.End, StringComparison.OrdinalIgnoreCase);
        var from = open >= 0 ? open : document.Content.Start;
        var to = close >= 0 ? close + "</DOCUMENT>".Length : document.Content.End;
        var chars = text.ToCharArray();
        for (var i = keepTo; i < chars.Length; i++)
            if ((i < from || i >= to) && chars[i] != '\n') chars[i] = ' ';
        return new SourceDocument(doc.Path, new string(chars), doc.Sha256);
    }

    /// <summary>0 for "EX-99", 1 for "EX-99.1" and "EX-99.01", 4 for "EX-99.4(A)": the order exhibits are numbered in.</summary>
    private static int ExhibitNumber(SubmissionDocument d)
    {
        var m = Number().Match(d.Type);
        return m.Success && m.Groups[1].Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    [GeneratedRegex(@"^EX-99(?:\.\(?0*(\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
