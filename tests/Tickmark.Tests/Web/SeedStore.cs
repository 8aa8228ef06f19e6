using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Web;

/// <summary>The three BioSphere Medical releases of <c>samples/bsmd</c> ingested into a store in memory, shared by a test class.</summary>
public sealed class SeedStore : IDisposable
{
    public const string Q4File = "000_dda0085de8f3cca4.txt";
    public const string Q3File = "001_843828982d2ba441.txt";
    public const string Q2File = "002_74f62bdea05537da.txt";

    public static string Samples => Path.Combine(Paths.RepoRoot, "samples", "bsmd");

    public SeedStore()
    {
        var files = Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal).ToList();
        var summary = new ReleaseIngestor(Store).Run(files);
        if (summary.Added != 3) throw new InvalidOperationException($"expected 3 seed releases stored, got {summary.Added}");
    }

    public TickmarkStore Store { get; } = TickmarkStore.OpenInMemory();

    /// <summary>The store id of a seed release: ingest runs in parallel, so ids follow no fixed order.</summary>
    public long IdOf(string file) => Store.Reader.FindReleases(file).Single().Id;

    public string TextOf(string file) => Store.Reader.DocumentText(IdOf(file))!;

    public void Dispose() => Store.Dispose();
}
