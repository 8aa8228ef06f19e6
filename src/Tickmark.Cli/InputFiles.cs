namespace Tickmark.Cli;

/// <summary>Expands the paths given on the command line into release files, reporting the ones that cannot be used.</summary>
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

    public static (List<string> Files, List<string> Errors) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) { files.Add(path); continue; }
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !IsLinkbase(f))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) errors.Add($"{path}: the directory holds no releases (.txt, .htm, .html)");
                files.AddRange(found);
                continue;
            }
            errors.Add($"{path}: no such file or directory");
        }
        return (files, errors);
    }
}
