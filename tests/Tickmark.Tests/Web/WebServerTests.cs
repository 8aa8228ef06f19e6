using System.Net;

namespace Tickmark.Tests.Web;

/// <summary>What the server answers besides pages themselves: HEAD like GET, and never where a file lies on the server's disk.</summary>
public sealed class WebServerTests(WebFixture web) : IClassFixture<WebFixture>
{
    private IEnumerable<string> Addresses()
    {
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        return ["/", "/companies/BSMD", $"/releases/{id}", "/static/app.css", "/static/app.js", "/api/companies", "/api/companies/BSMD",
            "/api/companies/BSMD/releases", "/api/companies/BSMD/series/Revenues", $"/api/releases/{id}", $"/api/releases/{id}/facts", $"/api/releases/{id}/source"];
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGetWithoutABody()
    {
        foreach (var url in Addresses())
        {
            using var get = await web.Client.GetAsync(url);
            using var head = await web.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(HttpStatusCode.OK == head.StatusCode, $"HEAD {url}: {(int)head.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
        using var missing = await web.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/releases/999999"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var post = await web.Client.PostAsync("/api/companies", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task NoPageOrAnswerShowsWhereTheFileLiesOnDisk()
    {
        var folder = Path.GetFullPath(SeedStore.Samples);
        var stored = web.Seeds.Store.Reader.FindReleases(SeedStore.Q4File).Single().SourcePath;
        Assert.StartsWith(folder, stored);
        foreach (var url in Addresses())
        {
            var body = await web.Client.GetStringAsync(url);
            Assert.False(body.Contains(folder, StringComparison.Ordinal), $"{url} shows {folder}");
            Assert.False(body.Contains(stored, StringComparison.Ordinal), $"{url} shows {stored}");
        }
        // The file is named by its name.
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        Assert.Contains($"\"path\": \"{SeedStore.Q4File}\"", await web.Client.GetStringAsync($"/api/releases/{id}"));
        Assert.Contains(SeedStore.Q4File, await web.Client.GetStringAsync($"/releases/{id}"));
    }
}
