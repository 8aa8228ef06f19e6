using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Tickmark.Fetch.Http;

/// <summary>
/// Builds the one HttpClient every worker shares, with Microsoft.Extensions.Http.Resilience: per
/// request, a retry (429, 5xx, 408, time-outs, connection and cut-off-body failures; exponential
/// waits with jitter; a Retry-After header honoured), around a token bucket that lets one attempt
/// start per <see cref="FetchOptions.RequestSpacing"/> across all threads, around a time-out per
/// attempt. Responses are asked for gzip and decoded.
/// </summary>
internal static class EdgarHttp
{
    public static (HttpClient Client, IDisposable Owner) Create(FetchOptions options, RequestMeter meter)
    {
        var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = options.RequestSpacing,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        var services = new ServiceCollection();
        var builder = services.AddHttpClient("edgar", client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // waiting for a token is not a time-out; each attempt has its own
                client.DefaultRequestHeaders.UserAgent.Clear();
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = Math.Max(1, options.Workers),
            });
        // Handlers run in the order added: the resilience pipeline outside, each attempt's own step inside it.
        builder.AddResilienceHandler("edgar", pipeline => pipeline
            .AddRetry(Retry(options))
            .AddRateLimiter(limiter)
            .AddTimeout(options.Attempt));
        builder.AddHttpMessageHandler(() => new AttemptHandler(meter));
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("edgar");
        return (client, new Owner(provider, limiter, client));
    }

    private static HttpRetryStrategyOptions Retry(FetchOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.FirstRetryDelay,
        MaxDelay = TimeSpan.FromMinutes(10),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome)
            || args.Outcome.Exception is IOException or HttpRequestException or TimeoutRejectedException),
    };

    private sealed class Owner(ServiceProvider provider, RateLimiter limiter, HttpClient client) : IDisposable
    {
        public void Dispose()
        {
            client.Dispose();
            provider.Dispose();
            limiter.Dispose();
        }
    }
}
