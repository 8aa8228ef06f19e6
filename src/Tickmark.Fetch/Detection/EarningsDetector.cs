using Tickmark.Edgar;
using Tickmark.Extraction;
using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch.Detection;

/// <summary>
/// Decides whether a downloaded submission is an earnings release and which document holds it:
/// an item that says "Results of Operations" (listed, in the header, or in the 8-K's text) makes
/// it one; an 8-K from before Item 12 existed, or a 6-K, is one when a document reads as a results
/// release (<see cref="ReleaseSigns"/>). The document is the one <see cref="ExhibitChooser"/> picks.
/// </summary>
public sealed class EarningsDetector
{
    private readonly Extractor _extractor = new();

    public Verdict Decide(Filing filing, byte[] bytes)
    {
        var doc = Extractor.Load(filing.ArchivePath, bytes);
        if (doc is null) return Verdict.NotRelease("not a text submission");
        var submission = SubmissionReader.Read(doc.Text);
        if (submission.Documents.Count == 0) return Verdict.NotRelease("no <DOCUMENT> in the submission");
        var chosen = ExhibitChooser.Choose(doc, submission, _extractor);

        var item = FilingScreen.Screen(filing) == Screening.Release ? ListedItem(filing) : ItemReader.ResultsItem(Header(doc.Text), doc.Slice(submission.Documents[0].Content));
        if (item is not null && !EarningsForms.IsForeign(filing.Form))
            return Verdict.Release(chosen?.Describe ?? FirstExhibit(submission), $"item {item}");

        var byContent = EarningsForms.IsForeign(filing.Form) || filing.Filed < EarningsForms.Item12From;
        if (!byContent) return Verdict.NotRelease("no results item (2.02 or 12)");
        if (chosen is null) return Verdict.NotRelease("no financial statements in any exhibit 99 or the report itself");
        var why = ReleaseSigns.Why(chosen, filing.Filed);
        return why is null ? Verdict.NotRelease($"statements in {chosen.Describe}, but not a results release") : Verdict.Release(chosen.Describe, why);
    }

    private static string ListedItem(Filing filing) => filing.Items!.Contains("2.02", StringComparison.Ordinal) ? "2.02" : "12";

    private static string Header(string text)
    {
        var end = text.IndexOf("</SEC-HEADER>", StringComparison.OrdinalIgnoreCase);
        var first = text.IndexOf("<DOCUMENT>", StringComparison.OrdinalIgnoreCase);
        return text[..(end >= 0 ? end : first >= 0 ? first : 0)];
    }

    private static string? FirstExhibit(Submission submission) =>
        ExhibitChooser.Candidates(submission).FirstOrDefault() is { } d ? ReleaseCandidate.Name(d) : null;
}
