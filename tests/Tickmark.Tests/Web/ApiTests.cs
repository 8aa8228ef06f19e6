using System.Net;
using System.Text.Json;

namespace Tickmark.Tests.Web;

/// <summary>
/// Every endpoint of the JSON API over the three BSMD seeds, with bad ids and parameters. Expected
/// figures are read off the releases: total revenues of the fourth quarter of 2006 are printed as
/// "$6.34 million" on line 17 and as "$ 6,342" (thousands) on line 297 of 000_dda0085de8f3cca4.txt.
/// </summary>
public sealed class ApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        var response = await web.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonDocument.Parse(body).RootElement);
    }

    /// <summary>An error answer: the status, and <c>{ "error": message }</c> with nothing else.</summary>
    private async Task<string> Error(string url, HttpStatusCode expected)
    {
        var (status, json) = await Get(url);
        Assert.Equal(expected, status);
        Assert.Equal(["error"], json.EnumerateObject().Select(p => p.Name));
        return json.GetProperty("error").GetString()!;
    }

    private static decimal[] Values(JsonElement points) => points.EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()).ToArray();

    [Fact]
    public async Task CompaniesListsBsmdWithReleasesPeriodsAndChecks()
    {
        var (status, json) = await Get("/api/companies");
        Assert.Equal(HttpStatusCode.OK, status);
        var bsmd = Assert.Single(json.EnumerateArray());
        Assert.Equal(("BSMD", "BioSphere Medical, Inc.", "NASDAQ", 3), (bsmd.GetProperty("ticker").GetString(), bsmd.GetProperty("name").GetString(),
            bsmd.GetProperty("exchange").GetString(), bsmd.GetProperty("releases").GetInt32()));
        // The quarters the three releases report end on these days.
        Assert.Equal(("2006-09-30", "2007-06-30"), (bsmd.GetProperty("firstPeriodEnd").GetString(), bsmd.GetProperty("lastPeriodEnd").GetString()));

        var checks = bsmd.GetProperty("checks");
        var (_, releases) = await Get("/api/companies/BSMD/releases");
        foreach (var name in new[] { "pass", "rounding", "fail" })
            Assert.Equal(releases.EnumerateArray().Sum(r => r.GetProperty("checks").GetProperty(name).GetInt32()), checks.GetProperty(name).GetInt32());
        var total = checks.GetProperty("pass").GetInt32() + checks.GetProperty("rounding").GetInt32() + checks.GetProperty("fail").GetInt32();
        Assert.True(total > 0);
        Assert.Equal((double)(total - checks.GetProperty("fail").GetInt32()) / total, checks.GetProperty("passShare").GetDouble(), 6);
        Assert.Equal("/companies/BSMD", bsmd.GetProperty("links").GetProperty("page").GetString());
    }

    [Fact]
    public async Task ACompanyIsFoundByTickerInAnyCaseWithItsReleasesAndLineItems()
    {
        var (status, json) = await Get("/api/companies/bsmd");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("BSMD", json.GetProperty("company").GetProperty("key").GetString());
        Assert.Equal(3, json.GetProperty("releases").GetArrayLength());
        var revenues = json.GetProperty("lineItems").EnumerateArray().First(l => l.GetProperty("concept").GetString() == "us-gaap:Revenues");
        var (seriesStatus, series) = await Get(revenues.GetProperty("series").GetString()!);
        Assert.Equal(HttpStatusCode.OK, seriesStatus);
        Assert.Equal(8, series.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task ACompanysReleasesComeInPeriodOrderWithTheirFiscalQuarters()
    {
        var (_, json) = await Get("/api/companies/BSMD/releases");
        // Headlines: third quarter 2006, fourth quarter 2006, second quarter 2007.
        Assert.Equal([("001_843828982d2ba441.txt", 2006, 3), ("000_dda0085de8f3cca4.txt", 2006, 4), ("002_74f62bdea05537da.txt", 2007, 2)],
            json.EnumerateArray().Select(r => (r.GetProperty("file").GetString(), r.GetProperty("fiscalYear").GetInt32(), r.GetProperty("fiscalQuarter").GetInt32())));
        Assert.All(json.EnumerateArray(), r => Assert.Equal("ok", r.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("/api/companies/NOPE")]
    [InlineData("/api/companies/NOPE/releases")]
    [InlineData("/api/companies/NOPE/checks")]
    [InlineData("/api/companies/NOPE/charts")]
    [InlineData("/api/companies/NOPE/series/Revenues")]
    public async Task AnUnknownCompanyIs404(string url) =>
        Assert.Contains("no company 'NOPE'", await Error(url, HttpStatusCode.NotFound));

    [Fact]
    public async Task AnAbsurdlyLongCompanyNameIs400() =>
        Assert.Contains("longer than 200 characters", await Error("/api/companies/" + new string('A', 300), HttpStatusCode.BadRequest));

    [Fact]
    public async Task QuarterlySeriesHasEveryQuarterWithDerivedOnesMarked()
    {
        var (status, json) = await Get("/api/companies/BSMD/series/Revenues");
        Assert.Equal(HttpStatusCode.OK, status);
        var points = json.GetProperty("points");
        Assert.Equal(["2005Q3", "2005Q4", "2006Q1", "2006Q2", "2006Q3", "2006Q4", "2007Q1", "2007Q2"],
            points.EnumerateArray().Select(p => p.GetProperty("fiscalPeriod").GetString()));
        // Printed, except Q1 2006 = 10,906 - 5,637 and Q1 2007 = 13,559 - 6,974 (six-month columns of the Q2 2007 release).
        Assert.Equal([4_412_000m, 5_154_000m, 5_269_000m, 5_637_000m, 5_644_000m, 6_342_000m, 6_585_000m, 6_974_000m], Values(points));
        Assert.Equal(["2006Q1", "2007Q1"], points.EnumerateArray().Where(p => p.GetProperty("derived").GetBoolean()).Select(p => p.GetProperty("fiscalPeriod").GetString()));
        var q4 = points[5].GetProperty("sources")[0];
        Assert.Equal(("000_dda0085de8f3cca4.txt", 297, 34), (q4.GetProperty("file").GetString(), q4.GetProperty("line").GetInt32(), q4.GetProperty("column").GetInt32()));
    }

    [Theory]
    [InlineData("annual", new[] { 18_484_000, 22_891_000 })]
    [InlineData("ANNUAL", new[] { 18_484_000, 22_891_000 })]
    public async Task AnnualSeriesHasTheFullYears(string kind, int[] expected)
    {
        // Twelve months ended December 31, 2006 and 2005, line 297 of the fourth-quarter release.
        var (status, json) = await Get($"/api/companies/BSMD/series/us-gaap:Revenues?kind={kind}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Select(v => (decimal)v), Values(json.GetProperty("points")));
    }

    [Fact]
    public async Task YearToDateSeriesEndsEachYearWithItsFullYear()
    {
        var (_, json) = await Get("/api/companies/BSMD/series/Revenues?kind=ytd");
        var byPeriod = json.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("fiscalPeriod").GetString()!, p => p.GetProperty("value").GetDecimal());
        Assert.Equal(16_550_000m, byPeriod["2006Q1-Q3"]); // nine months, line 264 of the third-quarter release
        Assert.Equal(22_891_000m, byPeriod["FY2006"]);
        Assert.Equal(13_559_000m, byPeriod["2007Q1-Q2"]);
    }

    [Fact]
    public async Task ASeriesByRowLabelWorksToo()
    {
        var (status, json) = await Get("/api/companies/BSMD/series/Cost%20of%20revenues");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1_891_000m, json.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("fiscalPeriod").GetString() == "2006Q4").GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("1")]
    [InlineData("quarterly;annual")]
    public async Task ABadSeriesKindIs400(string kind) =>
        Assert.Contains("kind is quarterly, annual or ytd", await Error($"/api/companies/BSMD/series/Revenues?kind={Uri.EscapeDataString(kind)}", HttpStatusCode.BadRequest));

    [Fact]
    public async Task ALineItemTheCompanyDoesNotPrintIs404() =>
        Assert.Contains("BSMD has no figures for 'GoodwillImpairmentLoss'", await Error("/api/companies/BSMD/series/GoodwillImpairmentLoss", HttpStatusCode.NotFound));

    [Fact]
    public async Task ChartsHoldTheSeriesOfTheCompanyPageWithComputedGrossMargin()
    {
        var (status, json) = await Get("/api/companies/BSMD/charts");
        Assert.Equal(HttpStatusCode.OK, status);
        var charts = json.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(8, charts["revenues"].GetProperty("points").GetArrayLength());
        // No table prints gross profit: Q4 2006 is revenues 6,342 less cost of revenues 1,891 (lines 297, 300),
        // 70.2% of revenues; the prose says "$4.45 million, or 70% of revenues" (line 37).
        var gross = charts["gross-profit"].GetProperty("points").EnumerateArray().Single(p => p.GetProperty("fiscalPeriod").GetString() == "2006Q4");
        Assert.Equal((4_451_000m, true), (gross.GetProperty("value").GetDecimal(), gross.GetProperty("derived").GetBoolean()));
        var margin = charts["gross-margin"].GetProperty("points").EnumerateArray().Single(p => p.GetProperty("fiscalPeriod").GetString() == "2006Q4");
        Assert.Equal(70.2m, margin.GetProperty("value").GetDecimal());
        Assert.Equal("%", charts["gross-margin"].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task CompanyChecksCompareFiguresPrintedByMoreThanOneRelease()
    {
        var (status, json) = await Get("/api/companies/BSMD/checks");
        Assert.Equal(HttpStatusCode.OK, status);
        var checks = json.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(checks.Count, json.GetProperty("pass").GetInt32() + json.GetProperty("rounding").GetInt32() + json.GetProperty("fail").GetInt32());
        // Cash, cash equivalents and investments at December 31, 2005: 8,774 in both the Q3 (line 227) and the Q4 (line 260) release.
        var cash = checks.Single(c => c.GetProperty("lineItem").GetString() == "us-gaap:CashCashEquivalentsAndShortTermInvestments"
            && c.GetProperty("first").GetProperty("period").GetProperty("instant").GetString() == "2005-12-31");
        Assert.Equal("pass", cash.GetProperty("status").GetString());
        Assert.Equal([(227, 8_774_000m), (260, 8_774_000m)], new[] { cash.GetProperty("first"), cash.GetProperty("later") }
            .Select(o => (o.GetProperty("line").GetInt32(), o.GetProperty("value").GetDecimal())));
    }

    [Fact]
    public async Task AReleaseHasStatementsFactsChecksAndDiagnostics()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (status, json) = await Get($"/api/releases/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, json.GetProperty("id").GetInt64());
        Assert.Equal(["CONSOLIDATED CONDENSED BALANCE SHEETS", "CONSOLIDATED CONDENSED STATEMENTS OF OPERATIONS"],
            json.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var revenues = json.GetProperty("statements")[1].GetProperty("rows")[0];
        Assert.Equal("Revenues", revenues.GetProperty("label").GetString());
        Assert.Equal([6_342_000m, 5_154_000m, 22_891_000m, 18_484_000m], revenues.GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()));
        Assert.True(json.GetProperty("checks").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("diagnostics").ValueKind);
        var prose = json.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("source").GetProperty("line").GetInt32() == 17).ToList();
        Assert.Equal(6_340_000m, Assert.Single(prose).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task EveryFactsOffsetPointsAtItsNumberInTheServedTextAndAgreesWithItsLineAndColumn()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var text = await web.Client.GetStringAsync($"/api/releases/{id}/source");
        var (_, facts) = await Get($"/api/releases/{id}/facts");
        var (_, releases) = await Get("/api/companies/BSMD/releases");
        Assert.Equal(releases.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id).GetProperty("facts").GetInt32(), facts.GetArrayLength());
        foreach (var f in facts.EnumerateArray())
        {
            var source = f.GetProperty("source");
            var offset = source.GetProperty("offset").GetInt32();
            var printed = text.Substring(offset, source.GetProperty("length").GetInt32());
            Assert.Matches(@"^(\(?-?[\d,.]*\d[\d,.]*\)?%?|-+)$", printed); // a number, or a dash printed for zero
            var line = text[..offset].Count(c => c == '\n') + 1;
            var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
            Assert.Equal((line, column), (source.GetProperty("line").GetInt32(), source.GetProperty("column").GetInt32()));
        }
        var revenue = facts.EnumerateArray().Single(f => f.GetProperty("source").GetProperty("line").GetInt32() == 17);
        var at = revenue.GetProperty("source");
        Assert.Equal("6.34", text.Substring(at.GetProperty("offset").GetInt32(), at.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task AFactComesWithItsChecksAndTheOtherFiguresOfEach()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (_, facts) = await Get($"/api/releases/{id}/facts");
        var index = facts.EnumerateArray().Single(f => f.GetProperty("source").GetProperty("line").GetInt32() == 17).GetProperty("index").GetInt32();

        var (status, json) = await Get($"/api/releases/{id}/facts/{index}");
        Assert.Equal(HttpStatusCode.OK, status);
        var fact = json.GetProperty("fact");
        Assert.Equal(("2006-10-01", "2006-12-31"), (fact.GetProperty("period").GetProperty("start").GetString(), fact.GetProperty("period").GetProperty("end").GetString()));
        Assert.Equal((6_340_000m, "USD", "us-gaap:Revenues"), (fact.GetProperty("value").GetDecimal(), fact.GetProperty("unit").GetString(), fact.GetProperty("concept").GetString()));
        // "$6.34 million" agrees with the table's 6,342 thousand within its printed precision.
        var check = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "prose-table");
        Assert.Equal("rounding", check.GetProperty("status").GetString());
        Assert.Equal("rounding", fact.GetProperty("status").GetString());
        var table = check.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("index").GetInt32() != index);
        Assert.Equal((6_342_000m, 297, 34), (table.GetProperty("value").GetDecimal(), table.GetProperty("line").GetInt32(), table.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task ChecksOfAReleaseNameFactsThatExistAndAddUpToItsCounts()
    {
        var id = web.Seeds.IdOf(SeedStore.Q3File);
        var (_, release) = await Get($"/api/releases/{id}");
        var (status, checks) = await Get($"/api/releases/{id}/checks");
        Assert.Equal(HttpStatusCode.OK, status);
        var (_, summaries) = await Get("/api/companies/BSMD/releases");
        var counts = summaries.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id).GetProperty("checks");
        Assert.Equal(counts.GetProperty("pass").GetInt32() + counts.GetProperty("rounding").GetInt32() + counts.GetProperty("fail").GetInt32(), checks.GetArrayLength());
        var factCount = release.GetProperty("facts").GetArrayLength();
        Assert.All(checks.EnumerateArray(), c => Assert.All(c.GetProperty("facts").EnumerateArray(), f =>
        {
            Assert.InRange(f.GetProperty("index").GetInt32(), 0, factCount - 1);
            Assert.NotEqual(JsonValueKind.Null, f.GetProperty("value").ValueKind);
        }));
    }

    [Fact]
    public async Task SourceIsTheStoredTextAsPlainText()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var response = await web.Client.GetAsync($"/api/releases/{id}/source");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(web.Seeds.TextOf(SeedStore.Q4File), text);
        Assert.Contains("total revenues for the fourth quarter of 2006 were $6.34", text);
    }

    [Theory]
    [InlineData("/api/releases/abc")]
    [InlineData("/api/releases/-1")]
    [InlineData("/api/releases/1.5")]
    [InlineData("/api/releases/99999999999999999999")]
    [InlineData("/api/releases/abc/facts")]
    [InlineData("/api/releases/abc/facts/0")]
    [InlineData("/api/releases/abc/checks")]
    [InlineData("/api/releases/abc/source")]
    public async Task ANonNumericReleaseIdIs400(string url) =>
        Assert.Contains("a release id is a whole number", await Error(url, HttpStatusCode.BadRequest));

    [Theory]
    [InlineData("/api/releases/987654")]
    [InlineData("/api/releases/987654/facts")]
    [InlineData("/api/releases/987654/facts/0")]
    [InlineData("/api/releases/987654/checks")]
    [InlineData("/api/releases/987654/source")]
    public async Task AnUnknownReleaseIs404(string url) =>
        Assert.Contains("no release 987654", await Error(url, HttpStatusCode.NotFound));

    [Fact]
    public async Task AFactIndexThatIsNotANumberIs400AndOneOutOfRangeIs404()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        Assert.Contains("a fact index is a whole number", await Error($"/api/releases/{id}/facts/first", HttpStatusCode.BadRequest));
        Assert.Contains($"release {id} has no fact 100000", await Error($"/api/releases/{id}/facts/100000", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task UnknownAddressesAndOtherMethodsGetJsonErrors()
    {
        Assert.Contains("nothing at /api/nothing", await Error("/api/nothing", HttpStatusCode.NotFound));
        var response = await web.Client.DeleteAsync("/api/companies/BSMD");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("read-only", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }
}
