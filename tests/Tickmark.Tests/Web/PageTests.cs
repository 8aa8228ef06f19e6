using System.Net;
using System.Text.RegularExpressions;

namespace Tickmark.Tests.Web;

/// <summary>The HTML pages over the BSMD seeds: what they link, that every figure is wrapped exactly where it is printed, and their error pages.</summary>
public sealed partial class PageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> Get(string url)
    {
        var response = await web.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task HomeListsTheCompanyWithItsReleasesPeriodsAndChecks()
    {
        var (status, html, _) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/companies/BSMD\">BioSphere Medical, Inc.</a>", html);
        Assert.Contains("2006-09-30 to 2007-06-30", html);
        Assert.Matches(@"<td class=""num share"" title=""\d+ pass, \d+ within rounding, 0 fail \(own checks and cross-release\)"">100%</td>", html);
    }

    [Fact]
    public async Task TheRevenueChartHasOnePointPerQuarterEachLinkedToItsFigure()
    {
        var (status, html, _) = await Get("/companies/BSMD");
        Assert.Equal(HttpStatusCode.OK, status);
        var chart = ChartRevenues().Match(html);
        Assert.True(chart.Success, "no revenue chart");
        var points = Point().Matches(chart.Value).Select(m => (Link: m.Groups["href"].Value, Period: m.Groups["period"].Value, Value: m.Groups["value"].Value, Derived: m.Groups["derived"].Value)).ToList();
        Assert.Equal(["2005Q3", "2005Q4", "2006Q1", "2006Q2", "2006Q3", "2006Q4", "2007Q1", "2007Q2"], points.Select(p => p.Period));
        Assert.Equal(["4412000", "5154000", "5269000", "5637000", "5644000", "6342000", "6585000", "6974000"], points.Select(p => p.Value));
        Assert.Equal(["2006Q1", "2007Q1"], points.Where(p => p.Derived == "true").Select(p => p.Period));

        // Q4 2006 links to the fourth-quarter release, at the fact printed on line 297 as "6,342".
        var q4 = points.Single(p => p.Period == "2006Q4").Link;
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        Assert.StartsWith($"/releases/{id}#f", q4);
        var fact = web.Seeds.Store.Reader.Release(id)!.Facts.Single(f => f.Index == int.Parse(q4[(q4.IndexOf('f') + 1)..]));
        Assert.Equal((6_342_000m, 297, 34), (fact.Fact.Value, fact.Line, fact.Column));
    }

    [Fact]
    public async Task TheCompanyPageShowsEveryChartAndTheSeriesTable()
    {
        var (_, html, _) = await Get("/companies/BSMD");
        foreach (var id in new[] { "revenues", "gross-profit", "gross-margin", "operating", "net", "per-share", "cash" })
            Assert.Contains($"<svg id=\"chart-{id}\"", html);
        Assert.Contains("id=\"revenues-2006Q4\"", html);
        Assert.Contains(">6,342,000</a>", html);
        Assert.Contains("<h2 id=\"releases-heading\">Releases</h2>", html);
    }

    [Fact]
    public async Task EveryFactOfTheReleaseIsWrappedExactlyWhereItIsPrintedAndTheTextIsKept()
    {
        foreach (var file in new[] { SeedStore.Q4File, SeedStore.Q3File, SeedStore.Q2File })
        {
            var id = web.Seeds.IdOf(file);
            var text = web.Seeds.TextOf(file);
            var (status, html, _) = await Get($"/releases/{id}");
            Assert.Equal(HttpStatusCode.OK, status);
            var pre = SourcePre().Match(html).Groups[1].Value;

            // Tags out, entities decoded: the document as stored, character for character.
            Assert.Equal(text, WebUtility.HtmlDecode(Tag().Replace(pre, "")));

            var detail = web.Seeds.Store.Reader.Release(id)!;
            var wrapped = FactSpan().Matches(pre).ToDictionary(m => int.Parse(m.Groups["i"].Value), m => WebUtility.HtmlDecode(m.Groups["text"].Value));
            Assert.Equal(detail.Facts.Count, wrapped.Count);
            foreach (var f in detail.Facts) Assert.Equal(text.Substring(f.Fact.Span.Start, f.Fact.Span.Length), wrapped[f.Index]);
        }
    }

    [Fact]
    public async Task EachFigureIsColouredByTheWorstOfItsChecks()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (_, html, _) = await Get($"/releases/{id}");
        var detail = web.Seeds.Store.Reader.Release(id)!;
        var statusOf = FactSpan().Matches(html).ToDictionary(m => int.Parse(m.Groups["i"].Value), m => m.Groups["status"].Value);
        foreach (var f in detail.Facts)
        {
            var statuses = detail.Checks.Where(c => c.Facts.Contains(f.Index)).Select(c => c.Status).ToList();
            var expected = statuses.Count == 0 ? "unchecked" : statuses.Max() switch { Tickmark.Checks.CheckStatus.Pass => "pass", Tickmark.Checks.CheckStatus.Rounding => "rounding", _ => "fail" };
            Assert.Equal(expected, statusOf[f.Index]);
        }
        // The prose "6.34" on line 17 agrees with the table's 6,342 within rounding.
        var revenue = detail.Facts.Single(f => f.Line == 17);
        Assert.Equal("rounding", statusOf[revenue.Index]);
    }

    [Fact]
    public async Task StatementCellsPointAtTheirFacts()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (_, html, _) = await Get($"/releases/{id}");
        var revenue = web.Seeds.Store.Reader.Release(id)!.Facts.Single(f => f.Line == 297 && f.Column == 34);
        Assert.Matches($"<td class=\"num cell s-[a-z]+\" id=\"c{revenue.Index}\" data-fact=\"{revenue.Index}\" tabindex=\"0\" title=\"printed at 297:34\">6,342,000</td>", html);
        Assert.Contains("<script type=\"application/json\" id=\"release-data\">", html);
        Assert.Contains("<script src=\"/static/app.js\"></script>", html);
    }

    [Fact]
    public async Task PagesLoadNothingFromElsewhereAndSaySo()
    {
        var (_, html, response) = await Get($"/releases/{web.Seeds.IdOf(SeedStore.Q4File)}");
        Assert.Equal(Tickmark.Web.WebApp.PagePolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        var (_, company, _) = await Get("/companies/BSMD");
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", company);
        var css = await web.Client.GetStringAsync("/static/app.css");
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
    }

    [Theory]
    [InlineData("/releases/abc", HttpStatusCode.BadRequest, "a release id is a whole number")]
    [InlineData("/releases/987654", HttpStatusCode.NotFound, "There is no release 987654")]
    [InlineData("/companies/NOPE", HttpStatusCode.NotFound, "There is no company &#39;NOPE&#39;")]
    [InlineData("/releases/987654/rendered", HttpStatusCode.NotFound, "has no stored HTML")]
    [InlineData("/no/such/page", HttpStatusCode.NotFound, "nothing at /no/such/page")]
    public async Task BadAddressesGetAPageSayingWhy(string url, HttpStatusCode expected, string message)
    {
        var (status, html, response) = await Get(url);
        Assert.Equal(expected, status);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task ATextReleaseHasNoRenderedView()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var (status, _, _) = await Get($"/releases/{id}/rendered");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [GeneratedRegex(@"<svg id=""chart-revenues"".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartRevenues();

    [GeneratedRegex(@"<a href=""(?<href>[^""]+)""><g class=""pt [a-z]+"" data-period=""(?<period>[^""]+)"" data-value=""(?<value>[^""]+)"" data-derived=""(?<derived>[a-z]+)""")]
    private static partial Regex Point();

    [GeneratedRegex(@"<pre id=""source"" class=""source"">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex SourcePre();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<span class=""f (?:cell|prose) s-(?<status>[a-z]+)"" id=""f(?<i>\d+)"" data-fact=""\d+"" data-line=""\d+"" data-col=""\d+"" tabindex=""0"">(?<text>[^<]*)</span>")]
    private static partial Regex FactSpan();
}
