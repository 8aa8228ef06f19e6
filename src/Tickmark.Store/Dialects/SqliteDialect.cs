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

    private SqliteDialect(string connectionString, string describe, bool inMemory)
    {
        _connectionString = connectionString;
        Describe = describe;
        if (inMemory)
        {
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }
    }

    public static SqliteDialect File(string path, bool create) => new(
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
        }.ToString(), path, inMemory: false);

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
        pragma.CommandText = _keepAlive is null
            ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;"
            : "PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return c;
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
