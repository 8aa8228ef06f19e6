using System.Diagnostics;

namespace Tickmark.Fetch.Http;

/// <summary>Counts what went over the wire, for the progress line: every attempt sent and the bytes of every body read whole. Thread-safe.</summary>
public sealed class RequestMeter
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _requests, _bytes;

    public long Requests => Interlocked.Read(ref _requests);
    public long Bytes => Interlocked.Read(ref _bytes);
    public TimeSpan Elapsed => _clock.Elapsed;
    public double RequestsPerSecond => _clock.Elapsed.TotalSeconds > 0 ? Requests / _clock.Elapsed.TotalSeconds : 0;

    internal void Sent() => Interlocked.Increment(ref _requests);
    internal void Received(long bytes) => Interlocked.Add(ref _bytes, bytes);
}
