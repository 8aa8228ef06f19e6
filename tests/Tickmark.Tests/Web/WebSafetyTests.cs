using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Tickmark.Store;
using Tickmark.Store.Ingest;

namespace Tickmark.Tests.Web;

/// <summary>What a document or a broken database cannot do to the app: inject markup, or show a stack trace.</summary>
public sealed class WebSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-web-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task MarkupInADocumentIsShownAsTextNeverRun()
    {
        // A seed with a line of markup added to its prose: the figures are read as before.
        var seed = File.ReadAllText(Path.Combine(SeedStore.Samples, SeedStore.Q4File));
        var hostile = seed.Replace("Exhibit 99.1", "Exhibit 99.1 <script>alert('x')</script> & <b>bold</b> </pre></span>", StringComparison.Ordinal);
        var file = Path.Combine(_dir, "hostile.txt");
        File.WriteAllText(file, hostile);
        using var store = TickmarkStore.OpenInMemory();
        new ReleaseIngestor(store).Run([file]);
        var id = store.Reader.FindReleases("hostile.txt").Single().Id;

        using var factory = new WebFactory(store);
        var html = await factory.CreateClient().GetStringAsync($"/releases/{id}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &lt;/pre&gt;&lt;/span&gt;", html);
        Assert.Equal(2, html.Split("<script").Length - 1); // the page's own data block and script, nothing else
    }

    [Fact]
    public async Task ADatabaseErrorIsAGeneric500WithoutDetails()
    {
        var path = Path.Combine(_dir, "broken.db");
        using var store = TickmarkStore.OpenFile(path);
        new ReleaseIngestor(store).Run([Path.Combine(SeedStore.Samples, SeedStore.Q4File)]);
        using (var c = new SqliteConnection($"Data Source={path}"))
        {
            c.Open();
            using var drop = c.CreateCommand();
            drop.CommandText = "DROP TABLE facts";
            drop.ExecuteNonQuery();
        }

        using var factory = new WebFactory(store);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var api = await client.GetAsync("/api/releases/1");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        var body = await api.Content.ReadAsStringAsync();
        Assert.Equal(Tickmark.Web.WebErrors.DatabaseUnavailable, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.DoesNotContain("facts", body);
        Assert.DoesNotContain(" at ", body);

        var page = await client.GetAsync("/releases/1");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("the database could not be read", html);
        Assert.DoesNotContain("no such table", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task AnHtmlReleaseCanBeSeenAsItRendersInASandbox()
    {
        // Stand-in for an HTML release (read by another part of Tickmark): a stored release marked html, with markup as its text.
        var path = Path.Combine(_dir, "html.db");
        using var store = TickmarkStore.OpenFile(path);
        new ReleaseIngestor(store).Run([Path.Combine(SeedStore.Samples, SeedStore.Q4File)]);
        const string markup = "<html><body><p>Revenues <b>$6.34 million</b></p><img src=\"http://example.com/x.png\"><script>alert(1)</script></body></html>";
        using (var c = new SqliteConnection($"Data Source={path}"))
        {
            c.Open();
            using var update = c.CreateCommand();
            update.CommandText = "UPDATE releases SET format = 'html'; UPDATE documents SET text = $text";
            update.Parameters.AddWithValue("$text", markup);
            update.ExecuteNonQuery();
        }
        var id = store.Reader.Releases(store.Reader.Companies().Single().Id).Single().Id;

        using var factory = new WebFactory(store);
        var client = factory.CreateClient();
        var page = await client.GetStringAsync($"/releases/{id}");
        Assert.Contains("<button type=\"button\" data-view=\"rendered\">Rendered</button>", page);
        Assert.Contains($"<iframe id=\"rendered\" class=\"rendered\" hidden sandbox=\"\" title=\"The release as its HTML renders\" data-src=\"/releases/{id}/rendered\"></iframe>", page);
        // The text view reads the HTML as text: the paragraph's words, no markup, no script.
        Assert.Contains("<p class=\"r-para\">Revenues $6.34 million</p>", page);
        Assert.DoesNotContain("&lt;b&gt;", page);
        Assert.DoesNotContain("alert(1)", page);

        var rendered = await client.GetAsync($"/releases/{id}/rendered");
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Equal("text/html; charset=utf-8", rendered.Content.Headers.ContentType?.ToString());
        Assert.Equal("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:", rendered.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(markup, await rendered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnreadableReleaseIsListedAndItsPageSaysWhy()
    {
        var file = Path.Combine(_dir, "words.txt");
        File.WriteAllText(file, "Nothing here but words.\nNo tables at all.\n");
        using var store = TickmarkStore.OpenInMemory();
        new ReleaseIngestor(store).Run([file]);
        var id = store.Reader.ReleasesWithoutCompany().Single().Id;

        using var factory = new WebFactory(store);
        var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("1 stored release names no company (1 could not be read)", home);
        Assert.Contains($"<a href=\"/releases/{id}\">words.txt</a> unreadable: ", home);
        var page = await client.GetStringAsync($"/releases/{id}");
        Assert.Contains("<p class=\"error\">This release could not be read: ", page);
        Assert.Contains("no financial tables found", page);
        Assert.Contains("Nothing here but words.", page);
    }
}
