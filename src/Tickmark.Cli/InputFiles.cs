namespace Tickmark.Cli;

/// <summary>
/// Expands the paths given on the command line into release files, reporting the ones that cannot
/// be used. A directory is walked without recursion, each real directory once (a symbolic link
/// back to an ancestor, or "ln -s .", is not followed twice); only regular files are read (a FIFO
/// or device named ".txt" would block); every path passed over is named with the reason.
/// </summary>
public static class InputFiles
{
    private static readonly string[] Extensions = [".txt", ".htm", ".html", ".nc", ".sgml", ".xhtml", ".xml"];

    /// <summary>An XBRL filing's schema companions (calculation, definition, label, presentation links, the filing summary): never a source of facts.</summary>
    private static bool IsLinkbase(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase)
            && (name.EndsWith("_cal") || name.EndsWith("_def") || name.EndsWith("_lab") || name.EndsWith("_pre") || name.EndsWith("_ref") || name == "filingsummary");
    }

    private static bool IsRelease(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()) && !IsLinkbase(path);

    public static (List<string> Files, List<string> Errors) Expand(IEnumerable<string> paths) => Expand(paths, TextWriter.Null);

    /// <summary>The files to read, and the errors; each skipped path in a directory is one line on <paramref name="skipped"/>.</summary>
    public static (List<string> Files, List<string> Errors) Expand(IEnumerable<string> paths, TextWriter skipped)
    {
        var files = new List<string>();
        var errors = new List<string>();
        var seenDirectories = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            switch (FileLookup.KindOf(path))
            {
                case FileKind.Regular or FileKind.Other:
                    // A file named on the command line is read as asked (a pipe given on purpose included).
                    files.Add(path);
                    break;
                case FileKind.Directory:
                    var found = Walk(path, seenDirectories, seenFiles, skipped);
                    if (found.Count == 0) errors.Add($"{path}: the directory holds no releases (.txt, .htm, .html)");
                    files.AddRange(found);
                    break;
                default:
                    errors.Add($"{path}: no such file or directory");
                    break;
            }
        }
        return (files, errors);
    }

    private static List<string> Walk(string root, HashSet<string> seenDirectories, HashSet<string> seenFiles, TextWriter skipped)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!seenDirectories.Add(FileLookup.RealPath(directory)))
            {
                if (directory != root) skipped.WriteLine($"tickmark: {directory}: skipped: the same directory as one already read (a link)");
                continue;
            }
            string[] entries;
            try { entries = Directory.GetFileSystemEntries(directory); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.WriteLine($"tickmark: {directory}: skipped: cannot be listed: {e.Message}");
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            for (var i = entries.Length - 1; i >= 0; i--)
            {
                var entry = entries[i];
                switch (FileLookup.KindOf(entry))
                {
                    case FileKind.Directory:
                        pending.Push(entry);
                        break;
                    case FileKind.Regular when IsRelease(entry):
                        var real = Path.Combine(FileLookup.RealPath(Path.GetDirectoryName(Path.GetFullPath(entry))!), Path.GetFileName(entry));
                        var target = new FileInfo(entry).LinkTarget is null ? real : new FileInfo(entry).ResolveLinkTarget(true)?.FullName ?? real;
                        if (seenFiles.Add(target)) found.Add(entry);
                        else skipped.WriteLine($"tickmark: {entry}: skipped: the same file as one already read (a link)");
                        break;
                    case FileKind.Other when IsRelease(entry):
                        skipped.WriteLine($"tickmark: {entry}: skipped: not a regular file (a pipe, socket or device)");
                        break;
                    case FileKind.Missing when IsRelease(entry):
                        skipped.WriteLine($"tickmark: {entry}: skipped: a link to nothing");
                        break;
                }
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
