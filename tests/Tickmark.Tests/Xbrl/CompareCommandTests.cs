using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tickmark.Cli;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Xbrl;

/// <summary><c>tickmark compare</c>, its JSON API and the company page's section, on Apple's releases and filings.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-compare-").FullName;

    private StoreChoice Db => new(Path.Combine(_dir, "t.db"), null);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = run(o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void CompareSummarisesAndListsWhatDiffersOrIsMissingExitZero()
    {
        Assert.Equal(0, Capture((o, e) => IngestCommand.Run([AppleFilings.Data("AAPL_8K_20110118_ex991.txt"), AppleFilings.Data("AAPL_10K_FY2010.xml")], Db, false, o, e)).Code);
        var (code, text, err) = Capture((o, e) => CompareCommand.Run("aapl", "text", Db, o, e));
        Assert.Equal((0, ""), (code, err));
        var lines = text.Split('\n');
        Assert.Equal("AAPL  APPLE INC: 1 releases against 1 filings", lines[0]);
        Assert.Matches(@"^\d+ compared: \d+ agree, \d+ within rounding, 0 differ; \d+ missing in filing, \d+ missing in release; agreement 100\.0%, coverage", lines[1]);
        // "Vendor non-trade receivables" 4,414 at 2010-09-25, which the 10-K tags NontradeReceivablesCurrent: listed
        // as missing from the release while the release gives the row another element or none.
        if (text.Contains("\"Vendor non-trade receivables\""))
            Assert.Contains(lines, l => l.StartsWith("missing   us-gaap:NontradeReceivablesCurrent at 2010-09-25 4,414,000,000 (#2 AAPL_10K_FY2010.xml") || l.Contains("NontradeReceivablesCurrent") && l.Contains("4,414,000,000"));

        var (jsonCode, json, _) = Capture((o, e) => CompareCommand.Run("AAPL", "json", Db, o, e));
        Assert.Equal(0, jsonCode);
        var root = JsonDocument.Parse(json).RootElement;
        var summary = root.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("differs").GetInt32());
        Assert.True(summary.GetProperty("compared").GetInt32() >= 15);
        var assets = root.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("element").GetString() == "us-gaap:Assets");
        Assert.Equal("agrees", assets.GetProperty("outcome").GetString());
        Assert.Equal(75_183_000_000m, assets.GetProperty("filing").GetProperty("value").GetDecimal());
        Assert.Equal("AAPL_10K_FY2010.xml", assets.GetProperty("filing").GetProperty("file").GetString());
    }
}

/// <summary>The JSON API's compare endpoint and the company page's section.</summary>
public sealed class CompareEndpointTests(AppleFilings apple) : IClassFixture<AppleFilings>
{
    [Fact]
    public async Task TheApiAndThePageCompareReleasesWithFilings()
    {
        using var factory = new WebFactory(apple.Store);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/api/companies/AAPL/compare");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((2, 2), (root.GetProperty("releases").GetInt32(), root.GetProperty("filings").GetInt32()));
        Assert.True(root.GetProperty("summary").GetProperty("agreement").GetDouble() >= 0.995);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/companies/NOPE/compare")).StatusCode);
        var page = await client.GetStringAsync("/companies/AAPL");
        Assert.Contains("<h2>Releases against filings</h2>", page);
        Assert.Contains("id=\"filings\"", page);
    }
}
