using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Fetch;

/// <summary>
/// A local EDGAR for the tests: Kestrel on a loopback port serving the recorded files under
/// <c>Fetch/LocalEdgar</c> at EDGAR's own paths (<c>/files/company_tickers.json</c>,
/// <c>/submissions/CIK##########.json</c>, <c>/Archives/edgar/full-index/...</c>,
/// <c>/Archives/edgar/data/CIK/ACCESSION.txt</c>), gzip when asked, with scripted faults per path,
/// a log of every request, and a company of many copies of one real filing for tests that need
/// volume. Nothing leaves the machine.
/// </summary>
public sealed class LocalEdgarServer : IAsyncDisposable
{
    public static string Files => Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Fetch", "LocalEdgar");

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Hit> _hits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _generated = new(StringComparer.Ordinal);

    public LocalEdgarServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(Serve);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Root = new Uri(address.TrimEnd('/') + "/");
    }

    public Uri Root { get; }

    /// <summary>Every filing download waits this long first (a slow EDGAR, so that a fetch can be killed midway).</summary>
    public int FilingDelayMilliseconds { get; set; }

    /// <summary>Every request answered so far, in the order answered; each is timed by its arrival.</summary>
    public IReadOnlyList<Hit> Hits => [.. _hits];

    /// <summary>The server's clock, the one <see cref="Hit.At"/> is read on.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<Hit> HitsOf(string pathPrefix) => [.. _hits.Where(h => h.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    public void Script(string path, params Fault[] faults)
    {
        var queue = _faults.GetOrAdd(path, _ => new());
        foreach (var f in faults) queue.Enqueue(f);
    }

    /// <summary>
    /// A company (<paramref name="cik"/>) whose submissions JSON lists <paramref name="count"/> 8-Ks with
    /// item 2.02, one a day from 2020-01-01, each served as a copy of the recorded filing at
    /// <paramref name="template"/>. Returns their accession numbers.
    /// </summary>
    public IReadOnlyList<string> AddCopies(long cik, int count, string template)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Files, template));
        var accessions = Enumerable.Range(1, count).Select(i => $"{cik:D10}-20-{i:D6}").ToList();
        foreach (var a in accessions) _generated[$"/Archives/edgar/data/{cik}/{a}.txt"] = bytes;
        var json = new
        {
            cik = cik.ToString(), name = "COPIES OF ONE FILING INC", tickers = Array.Empty<string>(),
            filings = new
            {
                recent = new
                {
                    accessionNumber = accessions,
                    filingDate = accessions.Select((_, i) => new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd")).ToList(),
                    form = accessions.Select(_ => "8-K").ToList(),
                    items = accessions.Select(_ => "2.02,9.01").ToList(),
                },
                files = Array.Empty<object>(),
            },
        };
        _generated[$"/submissions/CIK{cik:D10}.json"] = JsonSerializer.SerializeToUtf8Bytes(json);
        return accessions;
    }

    private async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var arrived = _clock.Elapsed;
        var status = await Answer(context, path);
        _hits.Enqueue(new Hit(arrived, path, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.AcceptEncoding.ToString(), status));
    }

    private async Task<int> Answer(HttpContext context, string path)
    {
        var fault = _faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var f) ? f : null;
        switch (fault)
        {
            case Fault.TooMany many:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = many.RetryAfterSeconds.ToString();
                return 429;
            case Fault.Unavailable:
                context.Response.StatusCode = 503;
                return 503;
            case Fault.Slow slow:
                await Task.Delay(slow.Milliseconds, context.RequestAborted).ContinueWith(_ => { });
                break;
        }
        if (path.StartsWith("/Archives/edgar/data/", StringComparison.Ordinal) && FilingDelayMilliseconds > 0)
            await Task.Delay(FilingDelayMilliseconds);
        var body = Content(path);
        if (body is null)
        {
            context.Response.StatusCode = 404;
            return 404;
        }
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = Gzip(body);
            context.Response.Headers.ContentEncoding = "gzip";
        }
        context.Response.ContentType = path.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/plain";
        context.Response.ContentLength = body.Length;
        if (fault is Fault.Truncated)
        {
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return 200;
        }
        await context.Response.Body.WriteAsync(body);
        return 200;
    }

    private byte[]? Content(string path)
    {
        if (_generated.TryGetValue(path, out var generated)) return generated;
        if (path.Contains("..", StringComparison.Ordinal)) return null;
        var file = Path.Combine(Files, path.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>The recorded file at an EDGAR path, as the archive should hold it.</summary>
    public static byte[] Recorded(string edgarPath) => File.ReadAllBytes(Path.Combine(Files, "Archives", edgarPath.Replace('/', Path.DirectorySeparatorChar)));

    public static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
