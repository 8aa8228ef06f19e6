using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Tickmark.Store.Dialects;

/// <summary>
/// An embedded SQLite file (write-ahead log, so readers never wait for the writer and a killed
/// process loses only its uncommitted transaction), or a private in-memory database kept alive
/// by one connection held until disposal. Transactions begin IMMEDIATE (Microsoft.Data.Sqlite's
/// default), so a second writer waits for the first instead of failing halfway.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly string _pragmas;

    private SqliteDialect(string connectionString, string describe, bool inMemory, bool readOnly = false, long? maxPageCount = null)
    {
        _connectionString = connectionString;
        Describe = describe;
        ReadOnly = readOnly;
        // The busy timeout first: the journal mode of a new file is itself a write that may wait for another writer.
        _pragmas = inMemory ? "PRAGMA busy_timeout = 30000;"
            : readOnly ? "PRAGMA busy_timeout = 30000; PRAGMA query_only = 1;"
            : "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
              + (maxPageCount is { } pages ? $" PRAGMA max_page_count = {pages};" : "");
        if (inMemory)
        {
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }
    }

    /// <summary>
    /// An SQLite file. <paramref name="readOnly"/> opens every connection read-only (read commands:
    /// a file without write permission can still be read, and nothing is ever written to it);
    /// <paramref name="maxPageCount"/> caps the file's size in pages, as a full disk would.
    /// </summary>
    public static SqliteDialect File(string path, bool create, bool readOnly = false, long? maxPageCount = null) => new(
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
        }.ToString(), path, inMemory: false, readOnly, maxPageCount);

    /// <summary>True when every connection is read-only.</summary>
    public bool ReadOnly { get; }

    public static SqliteDialect InMemory() => new(
        new SqliteConnectionStringBuilder
        {
            DataSource = "tickmark-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString(), "SQLite in memory", inMemory: true);

    public override string Name => "sqlite";
    public override string Describe { get; }
    protected override string IdColumn => "INTEGER PRIMARY KEY";
    protected override string DecimalType => "TEXT";

    public override DbConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var pragma = c.CreateCommand();
        pragma.CommandText = _pragmas;
        pragma.ExecuteNonQuery();
        return c;
    }

    /// <summary>
    /// Refuses, before anything is written to it, a file that is not a Tickmark database: not an
    /// SQLite file at all, or one that holds tables but not Tickmark's schema_version. An empty
    /// file, or one with no tables, is a new database.
    /// </summary>
    public static void CheckIsTickmark(string path)
    {
        var full = Path.GetFullPath(path);
        if (!System.IO.File.Exists(full) || new FileInfo(full).Length == 0) return;
        var probe = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var tables = new List<string>();
        try
        {
            using var c = new SqliteConnection(probe);
            c.Open();
            using (var wait = c.CreateCommand())
            {
                wait.CommandText = "PRAGMA busy_timeout = 30000";
                wait.ExecuteNonQuery();
            }
            using var q = c.CreateCommand();
            q.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var r = q.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new StoreException($"{path}: not a Tickmark database (not an SQLite file); it was left unchanged; give another --db");
        }
        if (tables.Count > 0 && !tables.Contains("schema_version"))
            throw new StoreException($"{path}: not a Tickmark database (it holds {string.Join(", ", tables.Take(3))}{(tables.Count > 3 ? ", ..." : "")} but no schema_version); it was left unchanged; give another --db");
    }

    public override RowInserter Inserter(DbConnection connection, string table, params (string Column, System.Data.DbType Type)[] columns) =>
        new SqliteRowInserter((SqliteConnection)connection, table, columns.Select(c => c.Column).ToList());

    public override void Dispose()
    {
        _keepAlive?.Dispose();
        // Pooled connections hold the file open; let it go so that it can be moved or deleted.
        using var c = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(c);
    }
}
