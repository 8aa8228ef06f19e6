namespace Tickmark.Cli;

/// <summary>
/// A file a command writes whole or not at all: checked before any work (not a directory, its
/// directory exists), written to a temporary file beside it and moved into place when complete.
/// </summary>
public sealed class OutputFile
{
    private OutputFile(string given, string full) => (Given, FullPath) = (given, full);

    /// <summary>The path as the user gave it, for messages.</summary>
    public string Given { get; }

    public string FullPath { get; }

    /// <summary>The file to write at <paramref name="path"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static OutputFile? Check(string path, string what, out string? error)
    {
        var full = Path.GetFullPath(path);
        error = Directory.Exists(full) ? $"{path}: is a directory; give the {what}'s file name"
            : !Directory.Exists(Path.GetDirectoryName(full)) ? $"{path}: the directory {Path.GetDirectoryName(full)} does not exist"
            : null;
        return error is null ? new OutputFile(path, full) : null;
    }

    /// <summary>Writes the file through <paramref name="write"/>; on any failure the temporary file is removed and the target left as it was.</summary>
    public T Write<T>(Func<Stream, T> write)
    {
        var temp = FullPath + ".tmp";
        try
        {
            T result;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write)) result = write(stream);
            File.Move(temp, FullPath, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
