namespace Tickmark.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test's own location.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string GroundTruth => Path.Combine(Shared, "groundtruth");

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string Pins => Path.Combine(RepoRoot, "tests", "Tickmark.Tests", "Corpus", "pins");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tickmark.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Tickmark.slnx not found above the test binaries");
    }
}
