using Tickmark.Fetch;
using Tickmark.Fetch.Archive;
using Tickmark.Fetch.Listing;

namespace Tickmark.Tests.Fetch;

/// <summary>
/// The fetcher against the local EDGAR: what it requests and what it leaves in the archive, a
/// second run that downloads nothing, EDGAR's failure modes survived, and index quarters.
/// </summary>
public sealed class FetchTests : LocalEdgarTest
{
    internal static FetchOptions Options(LocalEdgarServer edgar, int workers = 4) =>
        new("Tickmark tests tests@example.com", EdgarAddress.Local(edgar.Root.ToString())!, Workers: workers,
            RetryDelay: TimeSpan.FromMilliseconds(50), AttemptTimeout: TimeSpan.FromSeconds(1));

    private Task<FetchSummary> Fetch(params string[] companies) =>
        new Fetcher(Options(Edgar)).RunAsync(new FetchRequest(companies, [], FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir));

    private const string Apple2024 = "edgar/data/320193/0000320193-24-000005.txt";

    [Fact]
    public async Task ATickersReleasesAreFetchedAndASecondRunDownloadsNothing()
    {
        var first = await Fetch("AAPL");

        // Listings: tickers, the company's JSON and its older page (the range reaches back to 1996).
        Assert.Single(Edgar.HitsOf("/files/company_tickers.json"));
        Assert.Single(Edgar.HitsOf("/submissions/CIK0000320193.json"));
        Assert.Single(Edgar.HitsOf("/submissions/CIK0000320193-submissions-001.json"));
        // Downloaded: the 2.02 filing and the two 8-Ks without items; never the 5.07 and 5.03 8-Ks nor the 10-K.
        Assert.Equal(
            ["/Archives/edgar/data/320193/0000320193-24-000005.txt", "/Archives/edgar/data/320193/0000320193-96-000027.txt", "/Archives/edgar/data/320193/0000912057-00-002128.txt"],
            Edgar.HitsOf("/Archives/edgar/data/").Select(h => h.Path).Order());
        Assert.Equal((3, 1, 1, 2, 0), (first.Found, first.Releases, first.Downloaded, first.NotReleases, first.Failures.Count));
        Assert.Equal(LocalEdgarServer.Recorded(Apple2024), File.ReadAllBytes(Path.Combine(Dir, Apple2024)));
        Assert.Equal([Path.Combine(Dir, Apple2024)], first.ReleaseFiles);
        Assert.False(File.Exists(Path.Combine(Dir, "edgar/data/320193/0000320193-96-000027.txt")));
        var journal = File.ReadAllLines(Path.Combine(Dir, FetchJournal.FileName));
        Assert.Equal(4, journal.Length);
        Assert.Contains("0000320193-24-000005\t320193\t8-K\t2024-02-01\trelease\tEX-99.1 (a8-kex991q1202412302023.htm)\titem 2.02", journal);

        var before = Edgar.Hits.Count;
        var second = await Fetch("AAPL");
        Assert.Equal(before, Edgar.Hits.Count); // listings from the cache, filings from the archive and the journal
        Assert.Equal((3, 1, 0, 1, 2), (second.Found, second.Releases, second.Downloaded, second.AlreadyHad, second.NotReleases));
    }

    [Fact]
    public async Task EveryRequestDeclaresTheUserAgentAndAsksForGzip()
    {
        await Fetch("1002022");
        Assert.NotEmpty(Edgar.Hits);
        Assert.All(Edgar.Hits, h => Assert.Equal("Tickmark tests tests@example.com", h.UserAgent));
        Assert.All(Edgar.Hits, h => Assert.Contains("gzip", h.AcceptEncoding));
        // The server sent gzip; the archive holds the file as filed.
        var path = "edgar/data/1002022/0000912057-00-043726.txt";
        Assert.Equal(LocalEdgarServer.Recorded(path), File.ReadAllBytes(Path.Combine(Dir, path)));
    }

    [Fact]
    public async Task RetriesOutlast429And503TimeoutsAndCutOffBodies()
    {
        Edgar.Script("/submissions/CIK0000320193.json", new Fault.Slow(3000));
        Edgar.Script("/Archives/edgar/data/320193/0000320193-24-000005.txt", new Fault.TooMany(1));
        Edgar.Script("/Archives/edgar/data/320193/0000320193-96-000027.txt", new Fault.Unavailable(), new Fault.Unavailable());
        Edgar.Script("/Archives/edgar/data/320193/0000912057-00-002128.txt", new Fault.Truncated());

        var summary = await Fetch("AAPL");

        Assert.Empty(summary.Failures);
        Assert.Equal((1, 2), (summary.Releases, summary.NotReleases));
        Assert.Equal(LocalEdgarServer.Recorded(Apple2024), File.ReadAllBytes(Path.Combine(Dir, Apple2024)));
        Assert.Equal(2, Edgar.HitsOf("/submissions/CIK0000320193.json").Count); // the slow one timed out, then again
        var apple = Edgar.HitsOf("/Archives/edgar/data/320193/0000320193-24-000005.txt");
        Assert.Equal([429, 200], apple.Select(h => h.Status));
        // A timer may fire a few milliseconds early; a retry that ignored Retry-After would come after the 50 ms first delay.
        Assert.True(apple[1].At - apple[0].At >= TimeSpan.FromMilliseconds(980), $"retried {apple[1].At - apple[0].At} after a Retry-After of 1 s");
        Assert.Equal([503, 503, 200], Edgar.HitsOf("/Archives/edgar/data/320193/0000320193-96-000027.txt").Select(h => h.Status));
        Assert.Equal(2, Edgar.HitsOf("/Archives/edgar/data/320193/0000912057-00-002128.txt").Count);
        Assert.Empty(Directory.EnumerateFiles(Dir, "*" + AtomicFile.PartialSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AFilingThatKeepsFailingIsReportedAndTheRestFetched()
    {
        Edgar.Script("/Archives/edgar/data/320193/0000320193-24-000005.txt", Enumerable.Repeat<Fault>(new Fault.Unavailable(), 10).ToArray());
        var summary = await new Fetcher(Options(Edgar) with { MaxRetries = 2 })
            .RunAsync(new FetchRequest(["AAPL"], [], FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("0000320193-24-000005", failure.Accession);
        Assert.Equal($"{Edgar.Root}Archives/edgar/data/320193/0000320193-24-000005.txt: 503 Service Unavailable", failure.Message);
        Assert.Equal(2, summary.NotReleases);
        Assert.Equal(3, Edgar.HitsOf("/Archives/edgar/data/320193/0000320193-24-000005.txt").Count);
    }

    [Fact]
    public async Task NoMoreThanTenRequestsInAnySecondAtTheServer()
    {
        Edgar.AddCopies(9000001, 40, "Archives/edgar/data/1001426/0000891092-03-001810.txt");
        var summary = await new Fetcher(Options(Edgar, workers: 10) with { AttemptTimeout = TimeSpan.FromSeconds(30) })
            .RunAsync(new FetchRequest(["9000001"], [], FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir));
        Assert.Equal(40, summary.Downloaded);
        var times = Edgar.Hits.Select(h => h.At).Order().ToList();
        Assert.True(times.Count >= 41);
        // Ten workers would send them all within a second; the bucket spreads them so no second holds more than ten.
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.InRange(busiest, 6, 10);
    }

    [Fact]
    public async Task AQuartersIndexGivesEveryCompanysReleases()
    {
        var summary = await new Fetcher(Options(Edgar)).RunAsync(new FetchRequest([], IndexQuarter.Parse("2004Q3")!, FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir));
        Assert.Equal((2, 2, 2), (summary.Found, summary.Releases, summary.Downloaded));
        Assert.True(File.Exists(Path.Combine(Dir, "edgar/data/319256/0000891092-04-003383.txt")));
        Assert.True(File.Exists(Path.Combine(Dir, "edgar/data/1001258/0001125282-04-003595.txt")));
        Assert.Empty(Edgar.HitsOf("/submissions/")); // before August 2004 no listing has items: the filings are read
    }

    [Fact]
    public async Task AnIndexTakesItemsFromEachFilersListingFromAugust2004()
    {
        var summary = await new Fetcher(Options(Edgar)).RunAsync(new FetchRequest([], IndexQuarter.Parse("2005Q1")!, FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir));
        Assert.Single(Edgar.HitsOf("/submissions/CIK0001001258.json"));
        // 2005-02-11 has item 2.02; 2005-03-08 has items 7.01, 8.01, 9.01 and is never downloaded.
        Assert.Equal(["/Archives/edgar/data/1001258/0001125282-05-000624.txt"], Edgar.HitsOf("/Archives/edgar/data/").Select(h => h.Path));
        Assert.Equal((1, 1), (summary.Found, summary.Releases));
    }

    [Fact]
    public async Task ADryRunListsButDownloadsNoFiling()
    {
        var summary = await new Fetcher(Options(Edgar)).RunAsync(new FetchRequest(["AAPL"], [], FetchRequest.EdgarStart, new DateOnly(2026, 1, 1), Dir, DryRun: true));
        Assert.Empty(Edgar.HitsOf("/Archives/"));
        Assert.Equal(["release (item 2.02,9.01)", "read to decide", "read to decide"], summary.Planned.OrderByDescending(p => p.Filing.Filed).Select(p => p.Plan));
        Assert.False(Directory.Exists(Path.Combine(Dir, "edgar")));
    }

    [Fact]
    public async Task DatesLimitTheFilingsAndThePagesRead()
    {
        var summary = await new Fetcher(Options(Edgar)).RunAsync(new FetchRequest(["AAPL"], [], new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1), Dir));
        Assert.Empty(Edgar.HitsOf("/submissions/CIK0000320193-submissions-001.json"));
        Assert.Equal((1, 1), (summary.Found, summary.Releases));
    }
}
