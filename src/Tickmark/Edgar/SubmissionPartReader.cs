using Tickmark.Extraction;
using Tickmark.Formats;
using Tickmark.Html;
using Tickmark.Text;

namespace Tickmark.Edgar;

/// <summary>
/// Reads the release out of a whole EDGAR submission: the documents that hold it (see
/// <see cref="ReleaseDocumentSelector"/>), text ones together as one text release (everything else
/// in the file blanked, so every offset is still an offset of the submission), each HTML one
/// through the HTML stages.
/// </summary>
public static class SubmissionPartReader
{
    public static (Submission Submission, List<DocumentPart> Parts) Read(SourceDocument doc)
    {
        var submission = SubmissionReader.Read(doc.Text);
        var chosen = ReleaseDocumentSelector.Select(submission);
        var parts = new List<DocumentPart>();
        var text = chosen.Where(d => d.Format == DocumentFormat.Text).ToList();
        var textPlaced = false;
        foreach (var d in chosen)
        {
            if (d.Format == DocumentFormat.Html) parts.Add(HtmlReader.Read(doc, d.Content));
            else if (!textPlaced)
            {
                parts.Add(TextPartReader.Read(Masked(doc, text)));
                textPlaced = true;
            }
        }
        return (submission, parts);
    }

    /// <summary>The submission with every character outside <paramref name="documents"/> made a space (line breaks kept).</summary>
    private static SourceDocument Masked(SourceDocument doc, IReadOnlyList<SubmissionDocument> documents)
    {
        var chars = doc.Text.ToCharArray();
        var keep = new bool[chars.Length];
        foreach (var d in documents)
            Array.Fill(keep, true, d.Content.Start, d.Content.Length);
        for (var i = 0; i < chars.Length; i++)
            if (!keep[i] && chars[i] != '\n') chars[i] = ' ';
        return new SourceDocument(doc.Path, new string(chars), doc.Sha256);
    }
}
