using Tickmark.Fetch.Archive;
using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Listing;

namespace Tickmark.Tests.Fetch;

/// <summary>The fetch journal survives a kill: a line cut short is ignored, and the next run's lines stay whole.</summary>
public sealed class JournalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-journal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Filing Filing(string accession) => new(1002022, "X", "8-K", new DateOnly(2000, 10, 4), accession, null);

    [Fact]
    public void ALineCutByAKillIsIgnoredAndTheNextStaysWhole()
    {
        var journal = new FetchJournal(_dir);
        journal.Record(Filing("0000912057-00-043726"), Verdict.Release("EX-99.1 (a.txt)", "reads as a results release"));
        File.AppendAllText(journal.Path, "0001047469-99-037047\t1002022\t8-K\t1999-09"); // killed mid-line

        var again = new FetchJournal(_dir);
        Assert.Null(again.Find("0001047469-99-037047"));
        again.Record(Filing("0001047469-99-037047"), Verdict.NotRelease("statements in 8-K, but not a results release"));

        var read = new FetchJournal(_dir);
        Assert.Equal(new Verdict(true, "EX-99.1 (a.txt)", "reads as a results release"), read.Find("0000912057-00-043726")!.Verdict);
        Assert.Equal(new Verdict(false, null, "statements in 8-K, but not a results release"), read.Find("0001047469-99-037047")!.Verdict);
        Assert.Equal("accession\tcik\tform\tfiled\tverdict\tdocument\twhy", File.ReadLines(journal.Path).First());
    }
}
