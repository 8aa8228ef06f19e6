using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Web;
using static Microsoft.Playwright.Assertions;

namespace Tickmark.Tests.Web;

/// <summary>
/// The calendar of calls in a real browser (Chromium through Playwright, as <see cref="BrowserTests"/>):
/// from the calendar to the release whose call it lists, whose call, events and cautionary diff are drawn.
/// </summary>
public sealed class CalendarBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-browser-calendar-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task TheCalendarLeadsToTheReleaseWhoseCallItLists()
    {
        Assert.True(File.Exists(BrowserTests.Chromium), $"Chromium is not installed at {BrowserTests.Chromium}; .ci/run installs Debian's package (apt-get install chromium)");
        Directory.CreateDirectory(BrowserTests.Artifacts);
        using var store = TickmarkStore.OpenFile(Path.Combine(_dir, "seeds.db"));
        Assert.Equal(3, new ReleaseIngestor(store).Run(Directory.GetFiles(SeedStore.Samples, "*.txt").Order(StringComparer.Ordinal).ToList()).Added);
        var q4 = store.Reader.FindReleases(SeedStore.Q4File).Single().Id;

        await using var app = WebApp.Build(store, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var site = app.Urls.Single();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_dir, "profile"), new()
        {
            ExecutablePath = BrowserTests.Chromium,
            Headless = true,
            Args = BrowserTests.ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();

        // From any page the top bar's "Calls" opens the calendar.
        await page.GotoAsync($"{site}/");
        await page.Locator("header a.nav-calls").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/calendar$"));
        await page.GotoAsync($"{site}/calendar?asOf=2007-01-01");
        var upcoming = page.Locator("#upcoming tbody tr");
        await Expect(upcoming).ToHaveCountAsync(2);
        await Expect(upcoming.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("2007-01-31");
        await Expect(upcoming.Nth(0).Locator("td.code")).ToHaveTextAsync("5948844");
        await Expect(page.Locator("#past tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.Artifacts, "calendar-page.png"), FullPage = true });

        // Its release link opens the fourth-quarter release at its call.
        await upcoming.Nth(0).Locator("a[href$='#call']").ClickAsync();
        await Expect(page).ToHaveURLAsync($"{site}/releases/{q4}#call");
        var call = page.Locator("#call");
        await Expect(call.Locator("[data-field=start]")).ToHaveTextAsync("2007-01-31 11:00 ET");
        await Expect(call.Locator("[data-field=dial-in]")).ToHaveTextAsync("888-603-7990, 706-679-7298");
        await Expect(call).ToBeInViewportAsync();
        await Expect(page.Locator("#events li[data-kind=regulatory-clearance]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#cautionary li[data-change=reworded]")).ToHaveCountAsync(3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.Artifacts, "release-disclosures.png"), FullPage = true });
        await app.StopAsync();
    }
}
