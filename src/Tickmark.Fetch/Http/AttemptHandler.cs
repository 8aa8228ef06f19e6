namespace Tickmark.Fetch.Http;

/// <summary>
/// The innermost step of each attempt: counts the request and reads the whole body before the
/// attempt ends, so that a body cut short fails this attempt (and is retried) instead of failing
/// later, outside the retries.
/// </summary>
internal sealed class AttemptHandler(RequestMeter meter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        meter.Sent();
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
