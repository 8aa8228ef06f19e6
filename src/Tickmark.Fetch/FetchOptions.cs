namespace Tickmark.Fetch;

/// <summary>
/// How the fetcher talks to EDGAR. The defaults follow EDGAR's fair-access policy: at most
/// <see cref="RequestsPerSecond"/> requests a second over all workers, retries with growing,
/// jittered waits on 429, 5xx, time-outs and cut-off bodies, a Retry-After honoured.
/// </summary>
/// <param name="UserAgent">Who is asking, with a contact e-mail (EDGAR refuses requests without one).</param>
/// <param name="Address">EDGAR, or a local mirror of its paths.</param>
/// <param name="RequestsPerSecond">The ceiling over all workers, in any one second (at least 2).</param>
/// <param name="Workers">Filings downloaded at once.</param>
/// <param name="MaxRetries">Retries of one request before it counts as failed.</param>
/// <param name="RetryDelay">The first retry's wait; each next one doubles, with jitter.</param>
/// <param name="AttemptTimeout">How long one attempt (request and whole body) may take.</param>
public sealed record FetchOptions(
    string UserAgent,
    EdgarAddress Address,
    double RequestsPerSecond = 10,
    int Workers = 4,
    int MaxRetries = 6,
    TimeSpan? RetryDelay = null,
    TimeSpan? AttemptTimeout = null)
{
    /// <summary>The environment variable that stands in for <c>--user-agent</c>.</summary>
    public const string UserAgentVariable = "TICKMARK_USER_AGENT";

    public TimeSpan FirstRetryDelay => RetryDelay ?? TimeSpan.FromSeconds(1);
    public TimeSpan Attempt => AttemptTimeout ?? TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often the token bucket (one token) refills. Any second holds the token in hand plus one
    /// refill per spacing, so the spacing is 1/(rate - 1) seconds, with 20% to spare: the limit is counted
    /// where the requests arrive, and a request's way there (a new connection, a thread waiting for a core)
    /// varies by tens of milliseconds; 5% let 11 arrive within one second on a busy machine. At most 10
    /// requests in any second, about 7.5 a second when busy.
    /// </summary>
    public TimeSpan RequestSpacing => TimeSpan.FromSeconds(1.2 / (Math.Max(2, RequestsPerSecond) - 1));
}
