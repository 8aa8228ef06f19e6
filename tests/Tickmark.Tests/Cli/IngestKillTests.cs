using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Tickmark.Cli;
using Tickmark.Extraction;
using Tickmark.Store;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Cli;

/// <summary>
/// The real executable, killed in the middle of an ingest: every release it stored is complete,
/// nothing committed is lost, and a second run stores the rest.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void AnIngestKilledMidwayLeavesCompleteReleasesAndARerunFinishes()
    {
        var releases = Directory.CreateDirectory(Path.Combine(_dir, "releases")).FullName;
        var files = ReleaseCopies.Make(releases, copiesOfEach: 60);
        var db = Path.Combine(_dir, "kill.db");

        using var process = TickmarkProcess.Start("ingest", releases, "--db", db);
        HashSet<string> committed;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            committed = StoredHashes(db);
            if (committed.Count >= 150 || process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(3)) break;
            Thread.Sleep(50);
        }
        // (The message is built only when the process has ended: reading its stderr waits for that.)
        if (process.HasExited) Assert.Fail("the ingest ended before it could be killed: " + process.StandardError.ReadToEnd());
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        using (var store = TickmarkStore.OpenFile(db, create: false))
        {
            var stored = StoredHashes(db);
            Assert.Subset(stored, committed);
            Assert.InRange(stored.Count, committed.Count, files.Count - 1);
            AssertEveryReleaseComplete(db);
            // Each stored release holds exactly what extracting its file gives.
            var extractor = new Extractor();
            foreach (var r in store.Reader.Companies().SelectMany(c => store.Reader.Releases(c.Id)))
            {
                var extracted = extractor.ExtractFile(r.SourcePath);
                Assert.Equal(extracted.Document.Sha256, r.ContentHash);
                Assert.Equal(extracted.Facts.Count, store.Reader.Release(r.Id)!.Facts.Count);
            }

            var (o, e) = (new StringWriter(), new StringWriter());
            Assert.Equal(0, IngestCommand.Run([releases], new StoreChoice(db, null), false, o, e));
            Assert.Contains($"{files.Count - stored.Count} added, 0 replaced, {stored.Count} unchanged, 0 failed", o.ToString());
        }
        Assert.Equal(files.Count, StoredHashes(db).Count);
        AssertEveryReleaseComplete(db);
    }

    [Fact]
    public void TheExecutableReportsABadDatabaseInOneLine()
    {
        using var process = TickmarkProcess.Start("series", "BSMD", "Revenues", "--db", "/no/such/directory/t.db");
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("tickmark: /no/such/directory/t.db: no such database; 'tickmark ingest' creates it", stderr.Trim());
    }

    /// <summary>Every release row has all its facts, statements and its document: none is half-written.</summary>
    private static void AssertEveryReleaseComplete(string db)
    {
        using var c = Open(db);
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT COUNT(*) FROM releases r
            WHERE r.fact_count <> (SELECT COUNT(*) FROM facts f WHERE f.release_id = r.id)
               OR r.statement_count <> (SELECT COUNT(*) FROM statements s WHERE s.release_id = r.id)
               OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.release_id = r.id)
               OR r.status <> 'ok'
            """;
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
    }

    private static HashSet<string> StoredHashes(string db)
    {
        var hashes = new HashSet<string>();
        if (!File.Exists(db)) return hashes;
        try
        {
            using var c = Open(db);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT content_hash FROM releases";
            using var r = cmd.ExecuteReader();
            while (r.Read()) hashes.Add(r.GetString(0));
        }
        catch (SqliteException) { } // not created or not migrated yet
        return hashes;
    }

    /// <summary>A connection of its own (not read-only: a read-only one may not see the write-ahead log, only what was checkpointed).</summary>
    private static SqliteConnection Open(string db)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        c.Open();
        return c;
    }
}
