using Microsoft.Data.Sqlite;
using Tickmark.Cli;
using Tickmark.Store;
using Tickmark.Store.Ingest;

namespace Tickmark.Tests.Export;

/// <summary>The three BioSphere Medical releases ingested into an SQLite file, for the export tests to write from and check against.</summary>
public sealed class SeedExport : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("tickmark-export-").FullName;

    public SeedExport()
    {
        using var store = TickmarkStore.OpenFile(Db.Db!);
        var files = Directory.GetFiles(Web.SeedStore.Samples, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (new ReleaseIngestor(store).Run(files).Added != 3) throw new InvalidOperationException("expected the three seed releases stored");
    }

    public StoreChoice Db => new(Path.Combine(Dir, "seeds.db"), null);

    public TickmarkStore Open() => TickmarkStore.OpenFile(Db.Db!, create: false);

    public string PathOf(string name) => System.IO.Path.Combine(Dir, name);

    /// <summary>Runs the command layer as the executable would: exit code, stdout, stderr.</summary>
    public (int Code, string Out, string Err) Export(ExportRequest request)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = ExportCommand.Run(request, Db, o, e);
        return (code, o.ToString(), e.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
