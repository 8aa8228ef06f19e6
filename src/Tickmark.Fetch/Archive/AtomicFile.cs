namespace Tickmark.Fetch.Archive;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a temporary file beside it (".partial"),
/// flushed to disk, then renamed over the name. A process killed mid-write leaves only a
/// ".partial" file, which the next run removes.
/// </summary>
public static class AtomicFile
{
    public const string PartialSuffix = ".partial";

    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = $"{path}.{Guid.NewGuid():N}{PartialSuffix}";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
