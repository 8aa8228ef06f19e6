using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Web;
using Tickmark.Web.Model;
using Tickmark.Web.Pages;

namespace Tickmark.Bench;

/// <summary>
/// The web server under load: the real server (Kestrel on a loopback port, as <c>tickmark serve</c>)
/// over a database (by default the corpus and seed releases, ingested afresh), and 32 clients asking
/// in turn for every page and API answer of every company and release. Prints requests/s, the 50th
/// and 99th percentile latency, errors, and the process's memory before and after (the clients run
/// in the same process; their share is small).
/// </summary>
public static class LoadBench
{
    public static async Task Run(string? db, int requests, int concurrency)
    {
        var dir = Directory.CreateTempSubdirectory("tickmark-load-").FullName;
        try
        {
            var path = db ?? Path.Combine(dir, "corpus.db");
            if (db is null)
            {
                using var fresh = TickmarkStore.OpenFile(path);
                var files = Directory.GetFiles(Path.Combine(Corpus.RepoRoot, "..", "shared", "corpus"), "*.*", SearchOption.AllDirectories)
                    .Concat(Directory.GetFiles(Path.Combine(Corpus.RepoRoot, "..", "shared", "seeds"), "*.*", SearchOption.AllDirectories))
                    .Where(f => f.EndsWith(".txt") || f.EndsWith(".htm") || f.EndsWith(".html")).ToList();
                new ReleaseIngestor(fresh).Run(files);
            }
            using var store = TickmarkStore.OpenFile(path, create: false);
            var urls = Addresses(store);
            await using var app = WebApp.Build(store, ["http://127.0.0.1:0"], LogLevel.Error);
            await app.StartAsync();
            var site = app.Urls.Single();
            GC.Collect();
            var before = Memory();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(site) };

            // One pass over every address first: what a user sees after the first visit of each page.
            foreach (var u in urls) await Ask(client, u);
            var latencies = new double[requests];
            var errors = 0;
            var next = -1;
            var sw = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    var t = Stopwatch.GetTimestamp();
                    if (!await Ask(client, urls[i % urls.Count])) Interlocked.Increment(ref errors);
                    latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }
            })).ToArray();
            await Task.WhenAll(workers);
            var seconds = sw.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            var after = Memory();
            Console.WriteLine($"load: {requests:N0} requests over {urls.Count} addresses ({store.Reader.Companies().Count} companies), concurrency {concurrency}, {Environment.ProcessorCount} cores, load average {IngestBench.LoadAverage()}");
            Console.WriteLine($"  {requests / seconds:F0} requests/s, p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F1} ms, errors {errors}");
            Console.WriteLine($"  memory: working set {before.WorkingSet} -> {after.WorkingSet} MB (peak {after.Peak} MB), managed heap {before.Heap} -> {after.Heap} MB");
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Every page and API answer of every company and of its releases (the first 20 companies of a large database).</summary>
    private static List<string> Addresses(TickmarkStore store)
    {
        var urls = new List<string> { "/", "/api/companies", "/static/app.css", "/static/app.js" };
        foreach (var c in store.Reader.Companies().Take(20))
        {
            var key = Uri.EscapeDataString(c.Key);
            urls.AddRange([$"/companies/{key}", $"/api/companies/{key}", $"/api/companies/{key}/releases", $"/api/companies/{key}/charts",
                $"/api/companies/{key}/checks", $"/api/companies/{key}/series/Revenues", $"/api/companies/{key}/series/Revenues?kind=annual"]);
            foreach (var r in store.Reader.Releases(c.Id).Take(20))
                urls.AddRange([$"/releases/{r.Id}", $"/api/releases/{r.Id}", $"/api/releases/{r.Id}/facts", $"/api/releases/{r.Id}/checks"]);
        }
        return urls;
    }

    private static async Task<bool> Ask(HttpClient client, string url)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
            return (int)response.StatusCode is 200 or 404;
        }
        catch (HttpRequestException) { return false; }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static (long WorkingSet, long Peak, long Heap) Memory()
    {
        using var p = Process.GetCurrentProcess();
        return (p.WorkingSet64 >> 20, p.PeakWorkingSet64 >> 20, GC.GetTotalMemory(false) >> 20);
    }

    /// <summary>
    /// On a large database (<see cref="SyntheticStore"/>): the quarterly revenue series of a company with
    /// 80 quarters, and its company page built without the answer cache, each timed warm (the median of 9 runs after 2).
    /// </summary>
    public static void Series(string db, int releases)
    {
        if (!File.Exists(db)) SyntheticStore.Create(db, releases);
        using var store = TickmarkStore.OpenFile(db, create: false);
        var company = store.Reader.Companies().Last();
        string Time(Func<int> run, out int size)
        {
            var times = new List<double>();
            size = 0;
            for (var i = 0; i < 11; i++)
            {
                var t = Stopwatch.GetTimestamp();
                size = run();
                if (i >= 2) times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            times.Sort();
            return $"{times[times.Count / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1})";
        }
        var releaseCount = store.Reader.Stamp();
        var series = Time(() => store.Series.Series(company.Key, "Revenues", SeriesKind.Quarterly)!.Series.Points.Count, out var points);
        var page = Time(() => CompanyPage.Render(CompanyView.Read(store, company.Key)!).Length, out var bytes);
        Console.WriteLine($"database {db}: {new FileInfo(db).Length / 1e6:F0} MB, stamp {releaseCount}; company {company.Key} with {company.Releases} releases");
        Console.WriteLine($"  series {company.Key} Revenues --quarterly: {points} points, warm {series}");
        Console.WriteLine($"  company page (built, no cache): {bytes / 1024} KB, warm {page}");
    }
}
