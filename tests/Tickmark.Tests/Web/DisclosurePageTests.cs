using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Disclosures;

namespace Tickmark.Tests.Web;

/// <summary>
/// What the releases say besides their figures, on the pages and in the API, over the BSMD seeds: the
/// call, events and cautionary diff of a release, and the calendar of calls. The calls are typed from
/// each release's "conference call" paragraph; the diffs are those <see cref="SeedCautionaryTests"/> checked by reading.
/// </summary>
public sealed partial class DisclosurePageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        var response = await web.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Section(string html, string id)
    {
        var m = Regex.Match(html, $"<section id=\"{id}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no section {id}");
        return m.Groups[1].Value;
    }

    private static string Field(string section, string name) =>
        WebUtility.HtmlDecode(Regex.Match(section, $"<dd data-field=\"{name}\">(.*?)</dd>").Groups[1].Value);

    [Fact]
    public async Task TheFourthQuarterReleaseShowsItsCallEventsAndWhatItsCautionaryLanguageChanged()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (status, html) = await Get($"/releases/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        // "today at 11:00 a.m. Eastern Standard Time ... 888-603-7990 or 706-679-7298 and the conference ID is 5948844 ...
        // through 2:00 p.m on February 16, 2007 ... 800-642-1687 or 706-645-9291, access code 5948844".
        var call = Section(html, "call");
        Assert.Equal("2007-01-31 11:00 ET", Field(call, "start"));
        Assert.Equal("888-603-7990, 706-679-7298", Field(call, "dial-in"));
        Assert.Equal("5948844", Field(call, "code"));
        Assert.Equal("800-642-1687, 706-645-9291, code 5948844, from 2007-01-31 14:00 ET, until 2007-02-16 14:00 ET", Field(call, "replay"));
        // "received U.S. Food and Drug Administration marketing clearance for QuadraSphere(TM) Microspheres".
        var events = Section(html, "events");
        Assert.Matches(@"<li data-kind=""regulatory-clearance""><span class=""badge"">regulatory-clearance</span> <span class=""text"">The Company received U\.S\. Food and Drug Administration marketing clearance for QuadraSphere\(TM\) Microspheres", events);
        Assert.Contains("The release gives no outlook figure.", Section(html, "guidance"));
        // Against the third quarter: three items reworded, none added or removed.
        var cautionary = Section(html, "cautionary");
        Assert.Contains("8 sentences and 9 risk factors.", cautionary);
        Assert.Matches($@"Against <a href=""/releases/{web.Seeds.IdOf(SeedStore.Q3File)}"">FY2006 Q3</a> \(2006-11-02\): 0 added, 0 removed, 3 reworded, 14 unchanged\.", cautionary);
        Assert.Equal(3, Regex.Matches(cautionary, "data-change=\"reworded\"").Count);
        Assert.Contains("<ins>include statements on the market acceptance of UFE and the expected royalty revenue from Boston Scientific and</ins>", cautionary);
    }

    [Fact]
    public async Task TheFirstReleaseHasNothingToCompareItsCautionaryLanguageWith()
    {
        var (_, html) = await Get($"/releases/{web.Seeds.IdOf(SeedStore.Q3File)}");
        Assert.Contains("id=\"no-previous\"", Section(html, "cautionary"));
        Assert.Equal("9131232", Field(Section(html, "call"), "code"));
    }

    [Fact]
    public async Task TheDisclosuresApiGivesTheCallEventsAndTheDiffAgainstThePreviousRelease()
    {
        var (status, json) = await Get($"/api/releases/{web.Seeds.IdOf(SeedStore.Q2File)}/disclosures");
        Assert.Equal(HttpStatusCode.OK, status);
        var root = JsonDocument.Parse(json).RootElement;
        // "on July 26, 2007 at 8:30 a.m. Eastern Time ... the conference ID is 7237173".
        var call = root.GetProperty("call");
        Assert.Equal(("2007-07-26", "08:30", "7237173"), (call.GetProperty("start").GetProperty("date").GetString(), call.GetProperty("start").GetProperty("time").GetString(), call.GetProperty("accessCode").GetString()));
        Assert.Contains(root.GetProperty("events").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("HepaSphere"));
        // Against the fourth quarter of 2006: six items reworded (the product liability risk among them).
        var cautionary = root.GetProperty("cautionary");
        Assert.Equal(web.Seeds.IdOf(SeedStore.Q4File), cautionary.GetProperty("previous").GetProperty("id").GetInt64());
        var changed = cautionary.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("change").GetString() != "unchanged").ToList();
        Assert.Equal(6, changed.Count);
        Assert.All(changed, c => Assert.Equal("reworded", c.GetProperty("change").GetString()));
        Assert.Contains(changed, c => c.GetProperty("before").GetString() == "competitive pressures;"
            && c.GetProperty("wordsAdded").EnumerateArray().Any(w => w.GetString()!.Contains("product liability claims")));
        Assert.Equal(0, root.GetProperty("guidance").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/releases/987654/disclosures")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/releases/abc/disclosures")).Status);
    }

    [Fact]
    public async Task TheCalendarListsUpcomingCallsEarliestFirstAndPastOnesLatestFirst()
    {
        var (q2, q3, q4) = (web.Seeds.IdOf(SeedStore.Q2File), web.Seeds.IdOf(SeedStore.Q3File), web.Seeds.IdOf(SeedStore.Q4File));
        var (status, html) = await Get("/calendar?asOf=2007-01-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("As of 2007-01-01: 2 upcoming, 1 past.", html);
        static List<string> Rows(string html, string table) => Regex.Matches(Regex.Match(html, $"<table class=\"list calls\" id=\"{table}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value,
            "<tr data-release=\"(\\d+)\" data-date=\"([\\d-]+)\">").Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
        Assert.Equal([$"{q4} 2007-01-31", $"{q2} 2007-07-26"], Rows(html, "upcoming"));
        Assert.Equal([$"{q3} 2006-11-02"], Rows(html, "past"));
        Assert.Contains($"<a href=\"/releases/{q4}#call\">FY2006 Q4</a>", html);
        Assert.Contains("<a href=\"/companies/BSMD\">BSMD</a>", html);

        var (_, later) = await Get("/calendar?asOf=2007-08-01");
        Assert.Contains("<p class=\"empty\" id=\"upcoming\">None.</p>", later);
        Assert.Equal([$"{q2} 2007-07-26", $"{q4} 2007-01-31", $"{q3} 2006-11-02"], Rows(later, "past"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/calendar?asOf=January")).Status);

        var (_, json) = await Get("/api/calendar?asOf=2007-01-01");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("2007-01-01", root.GetProperty("asOf").GetString());
        Assert.Equal([q4, q2], root.GetProperty("upcoming").EnumerateArray().Select(e => e.GetProperty("release").GetInt64()));
        Assert.Equal(["888-603-7990", "706-679-7298", "800-642-1687", "706-645-9291"], root.GetProperty("upcoming")[0].GetProperty("call").GetProperty("dialIns").EnumerateArray().Select(n => n.GetProperty("number").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/calendar?asOf=2007-13-01")).Status);
    }
}

/// <summary>ACME's four made-up releases (<see cref="GuidanceHistoryTests"/>) in a store and a client of the app over it.</summary>
public sealed class AcmeWebFixture : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-acme-web-").FullName;

    public AcmeWebFixture()
    {
        var summary = new ReleaseIngestor(Store).Run(GuidanceHistoryTests.AcmeReleases(_dir));
        if (summary.Added != 4) throw new InvalidOperationException($"expected 4 ACME releases stored, got {summary.Added}");
        Factory = new WebFactory(Store);
        Client = Factory.CreateClient();
    }

    public TickmarkStore Store { get; } = TickmarkStore.OpenInMemory();
    public WebFactory Factory { get; }
    public HttpClient Client { get; }

    public long IdOf(string file) => Store.Reader.FindReleases(file).Single().Id;

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>Guidance on the pages and in the API over ACME's releases: its full-year 2007 outlook given, raised, reaffirmed; its fourth quarter's beside the actual.</summary>
public sealed partial class GuidancePageTests(AcmeWebFixture web) : IClassFixture<AcmeWebFixture>
{
    private async Task<string> Get(string url)
    {
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<(string Period, string Revision, string Guided)> GuidanceRows(string html) =>
        Regex.Matches(html, @"<tr data-period=""([^""]+)"" data-measure=""revenue"" data-revision=""(\w+)"">.*?<td class=""num guided"">([^<]*)</td>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();

    [Fact]
    public async Task TheReleasePageShowsTheOutlookRaisedFromTheEarlierOne()
    {
        var html = await Get($"/releases/{web.IdOf("acme_2007q2.txt")}");
        // "ACME raises its full-year 2007 revenue outlook to $28 million to $30 million" against the first quarter's $26 to $28 million.
        var row = Assert.Single(GuidanceRows(html));
        Assert.Equal(("FY2007", "raised", "28,000,000 to 30,000,000"), row);
        Assert.Matches($@"from 26,000,000 to 28,000,000 \(<a href=""/releases/{web.IdOf("acme_2007q1.txt")}"">2007-04-26 #\d+</a>\)", html);
    }

    [Fact]
    public async Task TheCompanyPageListsEveryOutlookWithItsRevision()
    {
        var html = await Get("/companies/ACMD");
        Assert.Contains("<h2 id=\"guidance-heading\">Guidance <small>5</small></h2>", html);
        Assert.Equal([("FY2007", "new", "26,000,000 to 28,000,000"), ("FY2007", "raised", "28,000,000 to 30,000,000"), ("FY2007", "kept", "28,000,000 to 30,000,000"),
            ("Q4 FY2007", "new", "7,000,000 to 7,400,000"), ("FY2008", "new", "27,000,000 to 28,000,000")], GuidanceRows(html));
    }

    [Fact]
    public async Task TheSeriesPageShowsTheGuidedRangeBesideTheActual()
    {
        var quarterly = await Get("/companies/ACMD/series/us-gaap%3ARevenues");
        // Guided $7.0 million to $7.4 million; reported 7,512 thousand.
        Assert.Matches(@"<tr data-period=""2007Q4"" data-outcome=""above""><td>2007Q4</td><td class=""num guided"">7,000,000 - 7,400,000</td>\s*<td class=""num actual"">7,512,000</td><td class=""outcome"">above</td>", quarterly);
        var annual = await Get("/companies/ACMD/series/us-gaap%3ARevenues?kind=annual");
        Assert.Matches(@"<tr data-period=""FY2007"" data-outcome=""within""><td>FY2007</td><td class=""num guided"">28,000,000 - 30,000,000</td>\s*<td class=""num actual"">28,434,000</td>", annual);
        Assert.Matches(@"<tr data-period=""FY2008"" data-outcome=""ahead""><td>FY2008</td><td class=""num guided"">27,000,000 - 28,000,000</td>\s*<td class=""num actual"">not yet reported</td>", annual);
        Assert.DoesNotContain("series-guidance", await Get("/companies/ACMD/series/us-gaap%3ACostOfRevenue"));
    }

    [Fact]
    public async Task TheApiGivesTheCompanysGuidanceAndTheSeriesWithIt()
    {
        var root = JsonDocument.Parse(await Get("/api/companies/ACMD/guidance")).RootElement;
        Assert.Equal(["new", "raised", "kept", "new", "new"], root.GetProperty("guidance").EnumerateArray().Select(g => g.GetProperty("revision").GetProperty("kind").GetString()));
        var series = JsonDocument.Parse(await Get("/api/companies/ACMD/series/us-gaap%3ARevenues")).RootElement;
        var q4 = Assert.Single(series.GetProperty("guidance").EnumerateArray());
        Assert.Equal(("2007Q4", 7_512_000m, "above", 7_000_000m), (q4.GetProperty("fiscalPeriod").GetString(), q4.GetProperty("actual").GetDecimal(),
            q4.GetProperty("outcome").GetString(), q4.GetProperty("guided").GetProperty("lowerBound").GetDecimal()));
        var release = JsonDocument.Parse(await Get($"/api/releases/{web.IdOf("acme_2007q3.txt")}/disclosures")).RootElement;
        // "reaffirms its outlook of full-year 2007 revenue of $28 million to $30 million" and the new fourth-quarter outlook.
        Assert.Equal([("reaffirmed", "kept"), ("stated", "new")], release.GetProperty("guidance").EnumerateArray()
            .Select(g => (g.GetProperty("change").GetString(), g.GetProperty("revision").GetProperty("kind").GetString())));
        Assert.Equal(404, (int)(await web.Client.GetAsync("/api/companies/NOPE/guidance")).StatusCode);
    }
}
