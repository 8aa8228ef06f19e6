using Npgsql;
using Tickmark.Store;

namespace Tickmark.Tests.Store;

/// <summary>
/// A fresh database for one test on one kind of store. <see cref="Open"/> gives a store on it; for
/// a file or a server each call opens the same database anew (as a new process would).
/// </summary>
public abstract class StoreProvider : IDisposable
{
    public abstract TickmarkStore Open();
    public abstract void Dispose();
}

/// <summary>SQLite in memory: one store, alive until the test ends.</summary>
public sealed class SqliteMemoryProvider : StoreProvider
{
    private TickmarkStore? _store;

    public override TickmarkStore Open() => _store ??= TickmarkStore.OpenInMemory();

    public override void Dispose() => _store?.Dispose();
}

/// <summary>An SQLite file in a temporary directory.</summary>
public sealed class SqliteFileProvider : StoreProvider
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-store-").FullName;
    private readonly List<TickmarkStore> _opened = [];

    public string Path => System.IO.Path.Combine(_dir, "tickmark.db");

    public override TickmarkStore Open()
    {
        var store = TickmarkStore.OpenFile(Path);
        _opened.Add(store);
        return store;
    }

    public override void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// A schema of its own on the PostgreSQL server named by <c>TICKMARK_TEST_PG</c> (which <c>.ci/run</c>
/// sets after starting the server), dropped afterwards.
/// </summary>
public sealed class PostgresProvider : StoreProvider
{
    public const string Variable = "TICKMARK_TEST_PG";
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    private readonly List<TickmarkStore> _opened = [];
    private bool _created;

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? v : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ToString();

    public override TickmarkStore Open()
    {
        if (!_created)
        {
            Execute($"CREATE SCHEMA {_schema}");
            _created = true;
        }
        var store = TickmarkStore.OpenPostgres(ConnectionString);
        _opened.Add(store);
        return store;
    }

    public override void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        if (_created) Execute($"DROP SCHEMA {_schema} CASCADE");
    }

    private static void Execute(string sql)
    {
        using var c = new NpgsqlConnection(Server);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
