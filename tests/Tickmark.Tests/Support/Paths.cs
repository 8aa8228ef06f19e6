namespace Tickmark.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test's own location.</summary>
public static class Paths
{
    /// <summary>Names another shared folder than <c>../shared</c> beside the repository.</summary>
    public const string SharedVariable = "TICKMARK_SHARED";

    public static string RepoRoot { get; } = FindRoot();

    private static readonly Lazy<string> SharedFolder = new(() => FindShared(RepoRoot, Environment.GetEnvironmentVariable(SharedVariable)));

    /// <summary>The shared folder; a test that needs it fails with <see cref="SharedFolderMissingException"/> when it is not there.</summary>
    public static string Shared => SharedFolder.Value;

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string GroundTruth => Path.Combine(Shared, "groundtruth");

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string Pins => Path.Combine(RepoRoot, "tests", "Tickmark.Tests", "Corpus", "pins");

    /// <summary>The shared folder for a repository at <paramref name="repoRoot"/>: <paramref name="configured"/> when given, else <c>../shared</c>.</summary>
    public static string FindShared(string repoRoot, string? configured)
    {
        var path = Path.GetFullPath(string.IsNullOrEmpty(configured) ? Path.Combine(repoRoot, "..", "shared") : configured);
        return Directory.Exists(Path.Combine(path, "seeds")) ? path : throw new SharedFolderMissingException(path, configured is { Length: > 0 });
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tickmark.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Tickmark.slnx not found above the test binaries");
    }
}
