using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parquet;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;
using Tickmark.Web.Charts;
using Tickmark.Web.Pages;

namespace Tickmark.Tests.Web;

/// <summary>
/// The pages as an analyst uses them on the seeds: any line item's series (quarterly, annual, year to
/// date; GAAP or non-GAAP) with year-on-year growth and share of revenues, downloads, search, pages
/// of long lists, fiscal labels, conflicts as a table; and an HTML release read as text.
/// </summary>
public sealed partial class AnalystPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var response = await web.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<string, decimal>> Values(string url)
    {
        using var json = JsonDocument.Parse(await web.Client.GetStringAsync(url));
        return json.RootElement.GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("fiscalPeriod").GetString()!, p => p.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task TheCompanyPageListsEveryLineItemLinkedToItsSeries()
    {
        var (_, html) = await Get("/companies/BSMD");
        Assert.Contains("<input type=\"search\" id=\"line-filter\"", html);
        Assert.Contains("<a href=\"/companies/BSMD/series/us-gaap%3ARevenues\"", html);
        Assert.Contains("<a href=\"/companies/BSMD/series/us-gaap%3ARevenues?kind=annual\">annual</a>", html);
        // Every element the API lists is offered.
        using var api = JsonDocument.Parse(await web.Client.GetStringAsync("/api/companies/BSMD"));
        foreach (var concept in api.RootElement.GetProperty("lineItems").EnumerateArray().Select(l => l.GetProperty("concept").GetString()).OfType<string>().Distinct())
            Assert.Contains($"/companies/BSMD/series/{Uri.EscapeDataString(concept)}\"", html);
        // Fiscal labels say FY.
        Assert.Contains("<th class=\"num\">Q4 FY2006</th>", html);
        Assert.DoesNotContain("<th class=\"num\">2006Q4</th>", html);
    }

    [Fact]
    public async Task ASeriesPageGivesGrowthOnTheYearBeforeAndTheShareOfRevenues()
    {
        var (status, html) = await Get("/companies/BSMD/series/Revenues");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-kind=\"quarterly\" class=\"on\"", html);
        Assert.Contains("data-basis=\"gaap\" class=\"on\"", html);
        // Q4 2006 revenues 6,342,000 against Q4 2005's 5,154,000: up 23.1% (the release says "an increase of 23%").
        Assert.Matches(Row("2006Q4", @"6,342,000", @"\+23\.1%"), html);
        Assert.DoesNotContain("% of revenues", html);

        // Operating result: each quarter as a share of the same quarter's revenues, computed here from the two API series.
        var revenues = await Values("/api/companies/BSMD/series/Revenues");
        var operating = await Values("/api/companies/BSMD/series/OperatingIncomeLoss");
        var (page, operatingHtml) = await Get("/companies/BSMD/series/OperatingIncomeLoss");
        Assert.Equal(HttpStatusCode.OK, page);
        Assert.Contains("<th class=\"num\">% of revenues</th>", operatingHtml);
        foreach (var (period, value) in operating)
        {
            var share = Math.Round(value / revenues[period] * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            Assert.Matches(new Regex($"<tr data-period=\"{period}\"[^>]*>.*?<td class=\"num margin\">{Regex.Escape(share)}</td>"), operatingHtml);
        }
    }

    private static Regex Row(string period, string value, string yoy) =>
        new($"<tr data-period=\"{period}\"[^>]*><td>[^<]*</td><td>[^<]*</td><td class=\"num value\">{value}</td><td class=\"num yoy\">{yoy}</td>");

    [Fact]
    public async Task AnnualAndYearToDateSeriesAndTheNonGaapBasisAreOneClickAway()
    {
        var (status, annual) = await Get("/companies/BSMD/series/Revenues?kind=annual");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-kind=\"annual\" class=\"on\"", annual);
        // FY2006 = 22,891,000 against FY2005's 18,484,000: +23.8%.
        Assert.Matches(Row("FY2006", "22,891,000", @"\+23\.8%"), annual);
        Assert.Matches(new Regex(@"<text class=""xlabel year""[^>]*>FY2006</text>"), annual);

        var (_, ytd) = await Get("/companies/BSMD/series/Revenues?kind=ytd");
        Assert.Contains("<td>Q1-Q2 FY2007</td>", ytd);

        var (nonGaap, none) = await Get("/companies/BSMD/series/Revenues?basis=non-gaap");
        Assert.Equal(HttpStatusCode.NotFound, nonGaap);
        Assert.Contains("id=\"no-points\"", none);
        Assert.Contains("data-basis=\"non-gaap\" class=\"on\"", none);
        var (bad, _) = await Get("/companies/BSMD/series/Revenues?kind=weekly");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    [Fact]
    public async Task ASeriesDownloadsAsCsvJsonAndParquet()
    {
        var (_, html) = await Get("/companies/BSMD/series/Revenues");
        Assert.Contains("href=\"/api/companies/BSMD/series/Revenues?format=csv\"", html);

        using var csv = await web.Client.GetAsync("/api/companies/BSMD/series/Revenues?format=csv");
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType?.ToString());
        Assert.Equal("BSMD-us-gaap-Revenues-quarterly.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("company,ticker,company_name,fiscal_period,", lines[0]);
        Assert.Equal(9, lines.Length); // header and eight quarters
        Assert.Contains(lines, l => l.Contains(",2006Q4,") && l.Contains(",6342000,") && l.Contains(",reported,"));

        using var json = await web.Client.GetAsync("/api/companies/BSMD/series/Revenues?format=json");
        Assert.Equal("BSMD-us-gaap-Revenues-quarterly.json", json.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(8, JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("points").GetArrayLength());

        var bytes = await web.Client.GetByteArrayAsync("/api/companies/BSMD/series/Revenues?format=parquet");
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(8, group.RowCount);
        var field = reader.Schema.GetDataFields().Single(f => f.Name == "value");
        var values = new decimal?[group.RowCount];
        await group.ReadAsync(field, values.AsMemory());
        Assert.Contains(6_342_000m, values);

        var (bad, _) = await Get("/api/companies/BSMD/series/Revenues?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    [Fact]
    public async Task AStatementAndAReleasesFactsDownload()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var detail = web.Seeds.Store.Reader.Release(id)!;
        var income = detail.Statements.Single(s => s.Kind == Tickmark.Concepts.StatementKind.IncomeStatement);
        var (_, page) = await Get($"/releases/{id}");
        Assert.Contains($"href=\"/api/releases/{id}/statements/{income.Index}?format=parquet\"", page);
        Assert.Contains($"href=\"/api/releases/{id}/facts?format=csv\"", page);

        var csv = await web.Client.GetStringAsync($"/api/releases/{id}/statements/{income.Index}?format=csv");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + detail.Facts.Count(f => f.Fact.StatementIndex == income.Index), rows.Length);
        Assert.Contains(rows, r => r.Contains(",Revenues,") && r.Contains(",6342000,") && r.Contains(",297,34,"));

        using var statement = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/releases/{id}/statements/{income.Index}"));
        var revenues = statement.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "Revenues");
        Assert.Equal(297, revenues.GetProperty("line").GetInt32());

        var all = (await web.Client.GetStringAsync($"/api/releases/{id}/facts?format=csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + detail.Facts.Count, all.Length);
        var (missing, _) = await Get($"/api/releases/{id}/statements/99");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task SearchFindsACompanyAndALineItem()
    {
        var (_, byName) = await Get("/search?q=biosphere");
        Assert.Contains("<a href=\"/companies/BSMD\">BioSphere Medical, Inc.</a>", byName);
        var (_, byItem) = await Get("/search?q=revenues");
        Assert.Contains("id=\"line-item-results\"", byItem);
        Assert.Contains("<a href=\"/companies/BSMD/series/us-gaap%3ARevenues\">Revenues</a>", byItem);
        var (_, nothing) = await Get("/search?q=zzzz_no_such");
        Assert.Contains("id=\"no-companies\"", nothing);
        Assert.Contains("id=\"no-line-items\"", nothing);
        var (_, home) = await Get("/");
        Assert.Contains("<form class=\"search\" action=\"/search\" method=\"get\"", home);
    }

    [Fact]
    public async Task ListsComeAPageAtATime()
    {
        var pager = Pager.Of(45, 3, 20);
        Assert.Equal([41, 42, 43, 44, 45], pager.Items(Enumerable.Range(1, 45)));
        var links = pager.Links("p", n => $"/x?page={n}").Value;
        Assert.Contains("Page 3 of 3", links);
        Assert.Contains("<a href=\"/x?page=2\" rel=\"prev\" data-page=\"2\">previous</a>", links);
        Assert.Contains("<span class=\"off\">next</span>", links);
        Assert.Equal(1, Pager.Of(45, -4, 20).Page);
        Assert.Equal(Markup(""), Pager.Of(20, 1, 20).Links("p", n => "").Value);

        using var response = await web.Client.GetAsync("/api/companies/BSMD/releases?offset=1&limit=1");
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        var releases = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var all = JsonDocument.Parse(await web.Client.GetStringAsync("/api/companies/BSMD/releases"));
        Assert.Equal(all.RootElement[1].GetProperty("id").GetInt64(), Assert.Single(releases.EnumerateArray()).GetProperty("id").GetInt64());
        var (bad, _) = await Get("/api/companies/BSMD/releases?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        using var checks = await web.Client.GetAsync($"/api/releases/{web.Seeds.IdOf(SeedStore.Q4File)}/checks?limit=5");
        Assert.Equal(5, JsonDocument.Parse(await checks.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }

    private static string Markup(string s) => s;

    [Fact]
    public async Task ConflictsAreATable()
    {
        var (_, html) = await Get("/companies/BSMD");
        Assert.Contains("<table class=\"list conflicts-table\">", html);
        // The README's example: 2006Q3 revenues derived as FY2006 - Q1-Q2 - Q4 = 5,643,000 against the printed 5,644,000.
        Assert.Matches(new Regex(@"<tr class=""conflict-rounding""[^>]*><th>Revenues</th><td>Q3 FY2006</td><td class=""num"">5,644,000</td><td class=""where"">[^<]*</td><td class=""num"">5,643,000</td><td class=""num"">-1,000</td><td>derived</td><td>within rounding</td>"), html);
    }

    [Fact]
    public void APerShareChartStandsOnZero()
    {
        var points = new[] { (2006, 1, 0.52m), (2006, 2, 0.55m), (2006, 3, 0.58m) }.Select(x => new ChartPoint(Tickmark.Series.FiscalSlot.Quarter(x.Item1, x.Item2),
            new Tickmark.Periods.Duration(new DateOnly(x.Item1, x.Item2 * 3 - 2, 1), new DateOnly(x.Item1, x.Item2 * 3, 28)), x.Item3, false, "reported", [], ConflictLevel.None, [])).ToList();
        var perShare = new ChartSeries("per-share", "Result per share", "x", ChartKind.Line, Tickmark.Units.Unit.UsdPerShare, points);
        var svg = SvgChart.Render(perShare, new QuarterAxis([perShare]), _ => null).Value;
        Assert.Matches(new Regex(@"<text class=""ylabel""[^>]*>0</text>"), svg);
        // Any other line (a margin) keeps its axis near its values.
        var margin = perShare with { Unit = Tickmark.Units.Unit.Percent };
        Assert.DoesNotMatch(new Regex(@"<text class=""ylabel""[^>]*>0%</text>"), SvgChart.Render(margin, new QuarterAxis([margin]), _ => null).Value);
    }

    [Fact]
    public async Task ReleasesWithNoCompanyHaveTheirOwnPage()
    {
        var dir = Directory.CreateTempSubdirectory("tickmark-unassigned-").FullName;
        try
        {
            var file = Path.Combine(dir, "words.txt");
            File.WriteAllText(file, "Nothing here but words.\nNo tables at all.\n");
            using var store = TickmarkStore.OpenInMemory();
            new ReleaseIngestor(store).Run([file]);
            var id = store.Reader.ReleasesWithoutCompany().Single().Id;
            using var factory = new WebFactory(store);
            var client = factory.CreateClient();
            Assert.Contains("<a href=\"/releases/unassigned\" id=\"unassigned-link\">All 1 release with no company</a>", await client.GetStringAsync("/"));
            var page = await client.GetStringAsync("/releases/unassigned");
            Assert.Matches(new Regex($"<a href=\"/releases/{id}\">[^<]*</a> <small>#{id} words.txt</small>"), page);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task AnHtmlReleaseReadsAsTextWithEveryFigureMarkedAndTheRenderedViewHighlightsThem()
    {
        using var store = TickmarkStore.OpenInMemory();
        Assert.Equal(1, new ReleaseIngestor(store).Run([Path.Combine(Paths.Corpus, "html", "NVDA_FY2024Q2_newsroom.html")]).Added);
        var release = store.Reader.FindReleases("NVDA_FY2024Q2_newsroom.html").Single();
        var detail = store.Reader.Release(release.Id)!;
        var raw = store.Reader.DocumentText(release.Id)!;
        using var factory = new WebFactory(store);
        var client = factory.CreateClient();
        var page = await client.GetStringAsync($"/releases/{release.Id}");

        Assert.Contains("<div id=\"source\" class=\"source reading\">", page);
        // The page's head and navigation are left out; the release's words are in.
        Assert.DoesNotContain("Self-Driving Cars", page);
        Assert.DoesNotContain("&lt;div", page);
        Assert.DoesNotContain("og:description", page);
        Assert.Contains("Record revenue of $", page);
        // Every figure shown is wrapped where it is printed: its text is the stored HTML's characters at its span.
        var spans = FigureSpan().Matches(page).Select(m => (Fact: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: m.Groups[2].Value)).ToList();
        Assert.True(spans.Select(s => s.Fact).Distinct().Count() >= detail.Facts.Count * 9 / 10, $"{spans.Count} of {detail.Facts.Count} figures shown");
        foreach (var (fact, text) in spans)
        {
            var f = detail.Facts.Single(x => x.Index == fact).Fact;
            Assert.Contains(System.Net.WebUtility.HtmlDecode(text), System.Net.WebUtility.HtmlDecode(raw.Substring(f.Span.Start, f.Span.Length)));
        }

        var rendered = await client.GetStringAsync($"/releases/{release.Id}/rendered");
        var marks = MarkSpan().Matches(rendered).ToList();
        var shown = spans.Select(s => s.Fact).Distinct().ToList();
        var missing = shown.Except(marks.Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).Take(5)
            .Select(i => detail.Facts.Single(x => x.Index == i).Fact).Select(f => raw.Substring(f.Span.Start, f.Span.Length));
        Assert.True(marks.Count >= shown.Count * 9 / 10, $"{marks.Count} of {shown.Count} figures highlighted; not: {string.Join(" | ", missing)}");
        foreach (Match m in marks)
        {
            var f = detail.Facts.Single(x => x.Index == int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Fact;
            Assert.StartsWith(m.Groups[2].Value, raw.Substring(f.Span.Start, f.Span.Length));
            Assert.Matches(@"\d", m.Groups[2].Value);
        }
        // Apart from the marks, the document is as stored.
        Assert.Equal(raw, MarkTag().Replace(rendered, ""));
    }

    [GeneratedRegex(@"<span class=""f [a-z]+ s-[a-z]+""(?: id=""f\d+"")? data-fact=""(\d+)""[^>]*>([^<]*)</span>")]
    private static partial Regex FigureSpan();

    [GeneratedRegex(@"<mark class=""tickmark-figure"" data-fact=""(\d+)""[^>]*>([^<]*)</mark>")]
    private static partial Regex MarkSpan();

    [GeneratedRegex(@"<mark class=""tickmark-figure""[^>]*>|</mark>")]
    private static partial Regex MarkTag();
}
