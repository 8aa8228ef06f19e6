using Tickmark.Fetch.Archive;
using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Http;
using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>
/// Gets one filing into the archive, never twice: one the journal already judged is not
/// downloaded; one whose file is in the archive is judged from that file; otherwise the whole
/// submission is downloaded and judged, a release written whole into the archive and journaled
/// after it, anything else only journaled.
/// </summary>
public sealed class FilingFetcher(EdgarClient client, EdgarAddress address, EdgarArchive archive, FetchJournal journal)
{
    private readonly EarningsDetector _detector = new();

    public async Task<FilingOutcome> FetchAsync(Filing filing, CancellationToken ct)
    {
        if (journal.Find(filing.Accession) is { } known)
        {
            if (!known.Verdict.IsRelease) return new FilingOutcome(OutcomeKind.NotRelease, known.Verdict);
            if (archive.Has(filing)) return new FilingOutcome(OutcomeKind.AlreadyHad, known.Verdict);
        }
        else if (archive.Has(filing))
        {
            // Written before a kill could journal it: judge the file already here.
            var local = _detector.Decide(filing, await File.ReadAllBytesAsync(archive.PathOf(filing), ct));
            journal.Record(filing, local);
            if (!local.IsRelease) archive.Remove(filing);
            return new FilingOutcome(local.IsRelease ? OutcomeKind.AlreadyHad : OutcomeKind.NotRelease, local);
        }

        byte[] bytes;
        try { bytes = await client.GetAsync(address.Submission(filing), ct); }
        catch (FetchException e) when (!e.Fatal) { return new FilingOutcome(OutcomeKind.Failed, Error: e.Message); }
        var verdict = _detector.Decide(filing, bytes);
        if (verdict.IsRelease) archive.Write(filing, bytes);
        journal.Record(filing, verdict);
        return new FilingOutcome(verdict.IsRelease ? OutcomeKind.Downloaded : OutcomeKind.NotRelease, verdict);
    }
}
