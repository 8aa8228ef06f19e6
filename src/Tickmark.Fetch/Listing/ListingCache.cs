using Tickmark.Fetch.Archive;
using Tickmark.Fetch.Http;

namespace Tickmark.Fetch.Listing;

/// <summary>
/// EDGAR's listings (company tickers, submissions JSON, full index) kept under the archive's
/// <c>.tickmark/cache</c>: a copy younger than its time to live is used instead of a request.
/// A null time to live keeps a copy for good (the index of a quarter that has ended never changes).
/// </summary>
public sealed class ListingCache(string directory, EdgarClient client)
{
    public static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    public async Task<byte[]> GetAsync(Uri uri, string name, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path) && (timeToLive is null || DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < timeToLive))
            return await File.ReadAllBytesAsync(path, cancellationToken);
        var bytes = await client.GetAsync(uri, cancellationToken);
        AtomicFile.Write(path, bytes);
        return bytes;
    }
}
