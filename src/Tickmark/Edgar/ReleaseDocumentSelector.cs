namespace Tickmark.Edgar;

/// <summary>
/// Picks the documents of a submission that hold the release: every readable exhibit 99 (a release
/// split over EX-99.1, EX-99.2 ... is one release), else the main document (a release filed in the
/// 8-K itself). Uuencoded and binary documents are never picked.
/// </summary>
public static class ReleaseDocumentSelector
{
    public static IReadOnlyList<SubmissionDocument> Select(Submission submission)
    {
        var readable = submission.Documents.Where(d => !d.IsEncoded && d.Content.Length > 0).ToList();
        var exhibits = readable.Where(d => d.IsExhibit99).ToList();
        return exhibits.Count > 0 ? exhibits : readable.Take(1).ToList();
    }
}
