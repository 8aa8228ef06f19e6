using Tickmark.Cli;
using Tickmark.Store;

namespace Tickmark.Tests.Fetch;

/// <summary><c>tickmark fetch</c> as a user runs it: usage errors in one line, the summary, an unknown ticker, and <c>--ingest</c>.</summary>
public sealed class FetchCommandTests : LocalEdgarTest
{
    private FetchArguments Arguments(params string[] companies) => new()
    {
        Companies = companies, Out = Path.Combine(Dir, "archive"), UserAgent = "Tickmark tests tests@example.com", BaseUrl = Edgar.Root.ToString(),
    };

    private static (int Status, string Out, string Err) Run(FetchArguments arguments, Func<string, string?>? environment = null)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var status = FetchCommand.Run(arguments, o, e, environment: environment ?? (_ => null));
        return (status, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData(null, null, null, null, "tickmark: fetch: give companies (tickers or CIKs) or --index YEAR[Qn]")]
    [InlineData("AAPL", "2004Q3", null, null, "tickmark: fetch: give companies or --index, not both")]
    [InlineData(null, "2004Q9", null, null, "tickmark: fetch: --index: '2004Q9' is not a year or quarter of EDGAR's index, such as 2004 or 2004Q3")]
    [InlineData("AAPL", null, "2004-13-01", null, "tickmark: fetch: --from: '2004-13-01' is not a date such as 2004-08-23 (or a year)")]
    [InlineData("AAPL", null, "2010", "2009", "tickmark: fetch: --to 2009-12-31 is before --from 2010-01-01")]
    public void UsageErrorsAreOneLineAndExit2(string? company, string? index, string? from, string? to, string message)
    {
        var (status, output, error) = Run(Arguments(company is null ? [] : [company]) with { Index = index, From = from, To = to });
        Assert.Equal(2, status);
        Assert.Equal(message, error.TrimEnd());
        Assert.Equal("", output);
        Assert.Empty(Edgar.Hits);
    }

    [Fact]
    public void WithoutAUserAgentNothingIsRequested()
    {
        var (status, _, error) = Run(Arguments("AAPL") with { UserAgent = null });
        Assert.Equal(2, status);
        Assert.Equal("tickmark: fetch: EDGAR asks every client to say who it is with a contact e-mail: give --user-agent \"Your Name you@example.com\" or set TICKMARK_USER_AGENT", error.TrimEnd());
        Assert.Empty(Edgar.Hits);
    }

    [Fact]
    public void TheEnvironmentGivesTheUserAgentAndTheAddress()
    {
        var environment = new Dictionary<string, string> { ["TICKMARK_USER_AGENT"] = "Env Person env@example.org", ["TICKMARK_EDGAR_URL"] = Edgar.Root.ToString() };
        var (status, output, _) = Run(Arguments("1001426") with { UserAgent = null, BaseUrl = null }, environment.GetValueOrDefault);
        Assert.Equal(0, status);
        Assert.All(Edgar.Hits, h => Assert.Equal("Env Person env@example.org", h.UserAgent));
        Assert.Contains("fetch: 1 filings found, 1 earnings releases (1 downloaded, 0 already here), 0 other reports, 0 failed; ", output);
    }

    [Fact]
    public void AnUnknownTickerIsNamedAndTheOthersFetched()
    {
        var (status, output, error) = Run(Arguments("ZZZZQ", "1001426"));
        Assert.Equal(1, status);
        Assert.Contains("tickmark: fetch: no company has the ticker 'ZZZZQ' in EDGAR's company_tickers.json", error);
        Assert.Contains("1 earnings releases (1 downloaded", output);
    }

    [Fact]
    public void ADryRunPrintsOneLineAFiling()
    {
        var (status, output, _) = Run(Arguments("1001258") with { DryRun = true });
        Assert.Equal(0, status);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("2005-02-11  8-K     0001125282-05-000624  ASTA FUNDING INC  release (item 2.02,9.01)  ", lines[2]);
        Assert.EndsWith(Path.Combine("archive", "edgar", "data", "1001258", "0001125282-05-000624.txt"), lines[2].TrimEnd());
        Assert.StartsWith("dry run: 3 filings found (1 releases by their items, 2 to read to decide, 0 in the archive, 0 read before and not releases); no filing downloaded; ", lines[3]);
        Assert.Empty(Edgar.HitsOf("/Archives/"));

        Assert.Equal(0, Run(Arguments("1002022")).Status);
        var (_, after, _) = Run(Arguments("1002022") with { DryRun = true });
        Assert.Contains("  read before: statements in 8-K, but not a results release  ", after);
        Assert.Contains("dry run: 2 filings found (0 releases by their items, 0 to read to decide, 1 in the archive, 1 read before and not releases)", after);
    }

    [Fact]
    public void IngestStoresWhatWasFetched()
    {
        var db = Path.Combine(Dir, "fetched.db");
        var (status, output, error) = Run(Arguments("1002022", "1001426") with { Ingest = true, Store = new StoreChoice(db, null) });
        Assert.True(status == 0, error);
        Assert.Contains("2 earnings releases (2 downloaded, 0 already here), 1 other reports", output);
        Assert.Contains("2 releases in ", output);
        Assert.Contains("2 added, 0 replaced, 0 unchanged, 0 failed", output);
        using var store = TickmarkStore.OpenFile(db, create: false);
        var releases = store.Reader.Companies().SelectMany(c => store.Reader.Releases(c.Id)).ToList();
        Assert.Equal(["0001001426", "0001002022"], releases.Select(r => r.Cik).Order());
        Assert.All(releases, r => Assert.StartsWith(Path.Combine(Dir, "archive", "edgar", "data"), r.SourcePath));
        Assert.All(releases, r => Assert.True(r.FactCount > 0));
    }
}
