using Microsoft.Data.Sqlite;
using Tickmark.Cli;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Hostile;

/// <summary>
/// Storage faults: a foreign or read-only database, a full disk, two ingests at once. Nothing
/// stored is lost or half-written, each fault is one line, and the exit is non-zero.
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-storage-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(_dir, "*", SearchOption.AllDirectories)) File.SetAttributes(f, FileAttributes.Normal);
        Directory.Delete(_dir, recursive: true);
    }

    private static string Samples => Path.Combine(Paths.RepoRoot, "samples", "bsmd");

    private string ForeignDatabase()
    {
        var path = Path.Combine(_dir, "crm.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');";
            cmd.ExecuteNonQuery();
        }
        return path;
    }

    [Fact]
    public void AForeignSqliteFileIsRefusedByEveryCommandAndLeftUnchanged()
    {
        var db = ForeignDatabase();
        var before = File.ReadAllBytes(db);
        var expected = $"tickmark: {db}: not a Tickmark database (it holds customers but no schema_version); it was left unchanged; give another --db";

        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, CompaniesCommand.Run("text", new StoreChoice(db, null), o, e));
        Assert.Equal(expected, e.ToString().Trim());

        (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, IngestCommand.Run([Samples], new StoreChoice(db, null), false, o, e));
        Assert.Equal(expected, e.ToString().Trim());

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Fact]
    public void AFileThatIsNotSqliteIsRefusedUnchanged()
    {
        var db = Path.Combine(_dir, "notes.db");
        File.WriteAllText(db, "these are my notes, not a database\n");
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, IngestCommand.Run([Samples], new StoreChoice(db, null), false, o, e));
        Assert.Equal($"tickmark: {db}: not a Tickmark database (not an SQLite file); it was left unchanged; give another --db", e.ToString().Trim());
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(db));
    }

    [Fact]
    public void ReadCommandsOpenTheDatabaseReadOnly()
    {
        var db = Path.Combine(_dir, "t.db");
        Assert.Equal(0, IngestCommand.Run([Samples], new StoreChoice(db, null), false, new StringWriter(), new StringWriter()));
        SqliteConnection.ClearAllPools();
        File.SetAttributes(db, FileAttributes.ReadOnly);
        var before = File.ReadAllBytes(db);

        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, CompaniesCommand.Run("text", new StoreChoice(db, null), o, e));
        Assert.Contains("BSMD", o.ToString());
        Assert.Equal("", e.ToString());

        // The store a read command opens cannot write, whatever the file's permissions (tests may run as root).
        using (var store = new StoreChoice(db, null).Open(create: false))
        {
            var fault = Assert.Throws<StoreException>(() => new ReleaseIngestor(store).Run([Path.Combine(Samples, "000_dda0085de8f3cca4.txt")]));
            Assert.Contains("readonly", fault.Message);
        }
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void AFullDiskStopsTheIngestWithEveryStoredReleaseWhole()
    {
        var releases = Directory.CreateDirectory(Path.Combine(_dir, "releases")).FullName;
        var files = ReleaseCopies.Make(releases, copiesOfEach: 2);
        var db = Path.Combine(_dir, "full.db");
        long empty;
        using (var store = TickmarkStore.OpenFile(db)) empty = PageCount(db);
        SqliteConnection.ClearAllPools();

        StoreException fault;
        // Room for a few releases, not for all: SQLite's own size limit stands in for a full disk.
        using (var store = TickmarkStore.OpenFile(db, maxPageCount: empty + 120))
            fault = Assert.Throws<StoreException>(() => new ReleaseIngestor(store, new IngestOptions(MaxBatch: 8)).Run(files));
        SqliteConnection.ClearAllPools();

        var m = System.Text.RegularExpressions.Regex.Match(fault.Message, "^" + System.Text.RegularExpressions.Regex.Escape(db) + @": disk full while storing (?<path>\S+); (?<n>\d+) releases? stored, nothing half-written$");
        Assert.True(m.Success, fault.Message);
        Assert.Contains(m.Groups["path"].Value, files.Select(Path.GetFullPath));
        var stored = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(stored, 1, files.Count - 1);
        Assert.Equal(stored, Count(db, "SELECT COUNT(*) FROM releases"));
        Assert.Equal(0, Count(db, IncompleteReleases));

        // With room again, a re-run stores the rest.
        using (var store = TickmarkStore.OpenFile(db))
        {
            var summary = new ReleaseIngestor(store).Run(files);
            Assert.Equal(files.Count - stored, summary.Added);
            Assert.Equal(0, summary.Failed);
        }
        Assert.Equal(files.Count, Count(db, "SELECT COUNT(*) FROM releases"));
    }

    [Fact]
    public async Task TwoIngestsIntoOneFileAtOnceBothFinishWithNothingLostOrDoubled()
    {
        var releases = Directory.CreateDirectory(Path.Combine(_dir, "releases")).FullName;
        var files = ReleaseCopies.Make(releases, copiesOfEach: 2);
        var db = Path.Combine(_dir, "shared.db");
        using var first = TickmarkProcess.Start("ingest", releases, "--db", db);
        using var second = TickmarkProcess.Start("ingest", releases, "--db", db);
        var errors = await Task.WhenAll(first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync());
        await first.WaitForExitAsync();
        await second.WaitForExitAsync();
        Assert.Equal("", errors[0] + errors[1]);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        SqliteConnection.ClearAllPools();
        Assert.Equal(files.Count, Count(db, "SELECT COUNT(*) FROM releases"));
        Assert.Equal(files.Count, Count(db, "SELECT COUNT(DISTINCT content_hash) FROM releases"));
        Assert.Equal(0, Count(db, IncompleteReleases));
    }

    private const string IncompleteReleases = """
        SELECT COUNT(*) FROM releases r
        WHERE r.fact_count <> (SELECT COUNT(*) FROM facts f WHERE f.release_id = r.id)
           OR r.statement_count <> (SELECT COUNT(*) FROM statements s WHERE s.release_id = r.id)
           OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.release_id = r.id)
           OR r.status <> 'ok'
        """;

    private static long PageCount(string db) => Count(db, "PRAGMA page_count");

    private static int Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
