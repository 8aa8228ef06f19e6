namespace Tickmark.Text;

/// <summary>
/// Reads a whole input file, refusing one larger than a limit before holding it in memory: the
/// length is never trusted (a device such as /dev/zero reports 0), the bytes are read up to one
/// past the limit and counted.
/// </summary>
public static class BoundedFile
{
    /// <summary>The default limit, 32 MiB: the largest release in years of EDGAR filings is a few MB.</summary>
    public const long DefaultMaxBytes = 32L << 20;

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/> bytes. Throws as File.ReadAllBytes does when it cannot be opened or read.</summary>
    public static byte[]? Read(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes) return null;
        var capacity = stream.CanSeek && stream.Length > 0 ? (int)stream.Length : 1 << 16;
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>A size in words: "32 MiB", "512 KiB", "100 bytes".</summary>
    public static string Describe(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB"
        : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? $"{bytes >> 10} KiB"
        : $"{bytes} bytes";
}
