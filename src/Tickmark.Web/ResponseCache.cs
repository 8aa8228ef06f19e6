using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Tickmark.Store;

namespace Tickmark.Web;

/// <summary>
/// Answers repeated GET and HEAD requests from memory. What the app serves is a pure function of the
/// stored data, which changes only when releases are added or read again; the store's stamp (the
/// highest release id and the latest ingest time, two indexed look-ups) is read at most once per
/// <see cref="StampInterval"/>, and when it moves every cached answer is dropped. So a page is built
/// once, and an ingest running beside the server shows within a second. Only whole 200 answers up to
/// <see cref="MaxEntry"/> bytes are kept, <see cref="MaxTotal"/> bytes in all (past that the cache starts over).
/// </summary>
public sealed class ResponseCache(TickmarkStore store, TimeSpan stampInterval)
{
    public const int MaxEntry = 8 << 20;
    public const long MaxTotal = 256L << 20;

    private sealed record Entry(int Status, string? ContentType, string? Disposition, string? Policy, byte[] Body);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _stampLock = new();
    private long _total;
    private string? _stamp;
    private long _stampReadAt;

    public TimeSpan StampInterval { get; } = stampInterval;

    public async Task Handle(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        Refresh();
        var key = request.Path.Value + request.QueryString.Value;
        if (_entries.TryGetValue(key, out var hit))
        {
            await Write(context, hit);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        var body = buffer.ToArray();
        // A HEAD request builds the same answer, but its body went nowhere: only GET fills the cache.
        if (response.StatusCode == 200 && HttpMethods.IsGet(request.Method) && body.Length <= MaxEntry)
            Add(key, new Entry(200, response.ContentType, response.Headers.ContentDisposition, response.Headers.ContentSecurityPolicy, body));
        // An empty body is not written: a 404 without one gets the status page (writing would start the response).
        if (!HttpMethods.IsHead(request.Method) && body.Length > 0) await original.WriteAsync(body, context.RequestAborted);
    }

    private void Add(string key, Entry entry)
    {
        if (Interlocked.Add(ref _total, entry.Body.Length) > MaxTotal)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _total, entry.Body.Length);
        }
        _entries[key] = entry;
    }

    private static async Task Write(HttpContext context, Entry e)
    {
        var response = context.Response;
        response.StatusCode = e.Status;
        response.ContentType = e.ContentType;
        if (!string.IsNullOrEmpty(e.Disposition)) response.Headers.ContentDisposition = e.Disposition;
        if (!string.IsNullOrEmpty(e.Policy)) response.Headers.ContentSecurityPolicy = e.Policy;
        response.ContentLength = e.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(e.Body, context.RequestAborted);
    }

    /// <summary>Reads the store's stamp when the last reading is older than the interval; drops everything when it changed.</summary>
    private void Refresh()
    {
        var now = Stopwatch.GetTimestamp();
        if (Volatile.Read(ref _stamp) is not null && Stopwatch.GetElapsedTime(Volatile.Read(ref _stampReadAt), now) < StampInterval) return;
        lock (_stampLock)
        {
            if (_stamp is not null && Stopwatch.GetElapsedTime(_stampReadAt, now) < StampInterval) return;
            var stamp = store.Reader.Stamp();
            if (stamp != _stamp)
            {
                _entries.Clear();
                Interlocked.Exchange(ref _total, 0);
            }
            Volatile.Write(ref _stampReadAt, now);
            Volatile.Write(ref _stamp, stamp);
        }
    }
}
