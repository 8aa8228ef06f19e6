namespace Tickmark.Bench;

/// <summary>The releases a benchmark reads, loaded into memory once so that only extraction is timed.</summary>
public static class Corpus
{
    public static string DefaultTextDir => Path.Combine(FindRoot(), "..", "shared", "corpus", "text");

    public static string SeedsDir => Path.Combine(FindRoot(), "..", "shared", "seeds");

    public static string DefaultHtmlDir => Path.Combine(FindRoot(), "..", "shared", "corpus", "html");

    private static readonly string[] Extensions = [".txt", ".htm", ".html"];

    public static List<(string Path, byte[] Bytes)> Load(IEnumerable<string> dirs) =>
        dirs.SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(p => Extensions.Contains(Path.GetExtension(p).ToLowerInvariant())).Order()
            .Select(p => (p, File.ReadAllBytes(p))).ToList();

    public static string RepoRoot => FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tickmark.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
