using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;
using Tickmark.Web;
using static Microsoft.Playwright.Assertions;

namespace Tickmark.Tests.Web;

/// <summary>
/// The app in a real browser: Debian's Chromium (which <c>.ci/run</c> installs), driven by Playwright,
/// against the real server (Kestrel on a free loopback port) over the seeds in an SQLite file.
/// Screenshots of the two pages and of the report go to <c>tests/Tickmark.Tests/artifacts/</c>.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-browser-").FullName;

    public static string Artifacts => Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "artifacts");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task ARevenueFigureShowsItsFactAndChecksTheCompanyChartHasEveryQuarterAndTheReportOpensOffline()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}; .ci/run installs Debian's package (apt-get install chromium)");
        Directory.CreateDirectory(Artifacts);

        using var store = TickmarkStore.OpenFile(Path.Combine(_dir, "seeds.db"));
        var ingest = new ReleaseIngestor(store).Run(Directory.GetFiles(SeedStore.Samples, "*.txt").Order(StringComparer.Ordinal).ToList());
        Assert.Equal(3, ingest.Added);
        var release = store.Reader.FindReleases(SeedStore.Q4File).Single().Id;

        await using var app = WebApp.Build(store, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var site = app.Urls.Single();
        Assert.StartsWith("http://127.0.0.1:", site);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_dir, "profile"), new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();

        // "reported that total revenues for the fourth quarter of 2006 were $6.34" (line 17).
        await page.GotoAsync($"{site}/releases/{release}");
        var figure = page.Locator("#source .f.prose[data-line='17']", new() { HasTextString = "6.34" });
        await Expect(figure).ToHaveCountAsync(1);
        await figure.ClickAsync();

        var panel = page.Locator("#panel");
        await Expect(panel.Locator("[data-field=period]")).ToHaveTextAsync("2006-10-01 to 2006-12-31");
        await Expect(panel.Locator("[data-field=value]")).ToHaveTextAsync("6,340,000");
        await Expect(panel.Locator("[data-field=unit]")).ToHaveTextAsync("USD");
        await Expect(panel.Locator("[data-field=concept]")).ToHaveTextAsync("us-gaap:Revenues");
        // The stated increase of 23% over $5.15 million passes; against the table's 6,342 thousand, "$6.34 million"
        // agrees within its printed precision (status "rounding"); nothing fails.
        await Expect(panel.Locator("li.check[data-status=pass]", new() { HasTextString = "total revenues change stated +23%" })).ToHaveCountAsync(1);
        var check = panel.Locator("li.check", new() { HasTextString = "prose-table" });
        await Expect(check).ToHaveAttributeAsync("data-status", "rounding");
        await Expect(panel.Locator("li.check[data-status=fail]")).ToHaveCountAsync(0);
        await Expect(figure).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "release-page.png") });

        // The check's other figure is a link: it selects the table's 6,342 on line 297 and shows its fact.
        var other = check.Locator("a.goto");
        await Expect(other).ToContainTextAsync("6,342,000 (line 297:34)");
        await other.ClickAsync();
        await Expect(page.Locator("#source .f.selected")).ToHaveAttributeAsync("data-line", "297");
        await Expect(panel.Locator("[data-field=value]")).ToHaveTextAsync("6,342,000");

        // The company page: one revenue point per quarter, 2005Q3 to 2007Q2.
        await page.GotoAsync($"{site}/companies/BSMD");
        var points = page.Locator("#chart-revenues .pt");
        await Expect(points).ToHaveCountAsync(8);
        var periods = await points.EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('data-period'))");
        Assert.Equal(["2005Q3", "2005Q4", "2006Q1", "2006Q2", "2006Q3", "2006Q4", "2007Q1", "2007Q2"], periods);
        for (var i = 0; i < 8; i++)
        {
            var box = await points.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"revenue point {periods[i]} is not drawn");
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "company-page.png"), FullPage = true });
        await app.StopAsync();

        // The report, opened from disk with the network off: it asks for nothing but itself and draws every chart.
        var report = Path.Combine(_dir, "bsmd.html");
        await File.WriteAllTextAsync(report, Tickmark.Web.Report.CompanyReport.Render(store, Tickmark.Web.Model.CompanyView.Read(store, "BSMD")!));
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await browser.SetOfflineAsync(true);
        await page.GotoAsync(new Uri(report).AbsoluteUri);
        await Expect(page.Locator("svg.chart")).ToHaveCountAsync(7);
        var reportPoints = page.Locator("#chart-revenues .pt");
        await Expect(reportPoints).ToHaveCountAsync(8);
        Assert.True(await reportPoints.Nth(5).BoundingBoxAsync() is { Height: > 0 }, "the report's revenue chart is not drawn");
        Assert.Equal([new Uri(report).AbsoluteUri], requests);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "report.png"), FullPage = true });
    }
}
