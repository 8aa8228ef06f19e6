using System.Net;

namespace Tickmark.Fetch.Http;

/// <summary>
/// GETs EDGAR files through the shared, rate-limited, retrying client. A file comes back whole or
/// not at all: an answer that is still an error after the retries is a <see cref="FetchException"/>
/// naming the address; 403 (EDGAR refusing the client) ends the run.
/// </summary>
public sealed class EdgarClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly IDisposable _owner;

    public EdgarClient(FetchOptions options, RequestMeter meter)
    {
        Meter = meter;
        (_http, _owner) = EdgarHttp.Create(options, meter);
    }

    public RequestMeter Meter { get; }

    public async Task<byte[]> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException
                                       || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new FetchException($"{uri}: {OneLine(e)}");
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Forbidden)
                throw new FetchException($"{uri}: 403 Forbidden: EDGAR refused the client (an undeclared User-Agent, or more than 10 requests a second; EDGAR then blocks for about ten minutes)", fatal: true);
            if (!response.IsSuccessStatusCode)
                throw new FetchException($"{uri}: {(int)response.StatusCode} {response.ReasonPhrase}");
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            Meter.Received(bytes.Length);
            return bytes;
        }
    }

    private static string OneLine(Exception e) => e switch
    {
        Polly.Timeout.TimeoutRejectedException => "no whole answer within the time allowed, after retries",
        _ => (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim(),
    };

    public void Dispose() => _owner.Dispose();
}
