using System.Data.Common;
using Tickmark.Store.Dialects;
using Tickmark.Store.Reading;
using Tickmark.Store.Schema;

namespace Tickmark.Store;

/// <summary>
/// A database of releases: an SQLite file (the default), SQLite in memory (tests), or PostgreSQL
/// (teams). Opening brings the schema up to date. Failures to open or connect come out as a
/// <see cref="StoreException"/> with one line naming the database.
/// </summary>
public sealed class TickmarkStore : IDisposable
{
    private TickmarkStore(SqlDialect dialect, int version)
    {
        Dialect = dialect;
        SchemaVersion = version;
        Reader = new StoreReader(this);
        Series = new SeriesReader(Reader);
        Comparison = new ComparisonReader(Reader);
        Disclosures = new DisclosureQueries(Reader);
    }

    public SqlDialect Dialect { get; }
    public int SchemaVersion { get; }

    /// <summary>The read side: companies, releases, facts, documents, series.</summary>
    public StoreReader Reader { get; }

    /// <summary>Series, fiscal calendars and cross-release checks of a company.</summary>
    public SeriesReader Series { get; }

    /// <summary>A company's releases against its 10-Q/10-K XBRL facts.</summary>
    public ComparisonReader Comparison { get; }

    /// <summary>Calls, events, guidance and cautionary language of stored releases, and the calendar.</summary>
    public DisclosureQueries Disclosures { get; }

    /// <summary>
    /// Opens an SQLite file; with <paramref name="create"/> false a missing file is an error rather
    /// than a new empty database. <paramref name="readOnly"/> (read commands) never writes: the
    /// schema is checked, not migrated. A file that is not a Tickmark database is refused unchanged.
    /// <paramref name="maxPageCount"/> caps the database's size in pages (a quota; tests of a full disk).
    /// </summary>
    public static TickmarkStore OpenFile(string path, bool create = true, bool readOnly = false, long? maxPageCount = null)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"{path}: is a directory, not a database file");
        if (!File.Exists(full))
        {
            if (!create) throw new StoreException($"{path}: no such database; 'tickmark ingest' creates it");
            var dir = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(dir)) throw new StoreException($"{path}: cannot create the database: the directory {dir} does not exist");
        }
        try { SqliteDialect.CheckIsTickmark(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new StoreException($"{path}: cannot be opened: {OneLine(e)}", e);
        }
        return Open(SqliteDialect.File(path, create && !readOnly, readOnly, maxPageCount));
    }

    public static TickmarkStore OpenInMemory() => Open(SqliteDialect.InMemory());

    public static TickmarkStore OpenPostgres(string connectionString) => Open(new PostgresDialect(connectionString));

    /// <summary>A new open connection; the caller disposes it.</summary>
    public DbConnection Connect()
    {
        try { return Dialect.Open(); }
        catch (Exception e) when (IsDatabaseError(e)) { throw Wrap(Dialect, e); }
    }

    public void Dispose() => Dialect.Dispose();

    private static TickmarkStore Open(SqlDialect dialect)
    {
        try
        {
            using var connection = dialect.Open();
            var version = dialect is SqliteDialect { ReadOnly: true } ? Migrator.Check(dialect, connection) : Migrator.Migrate(dialect, connection);
            return new TickmarkStore(dialect, version);
        }
        catch (StoreException)
        {
            dialect.Dispose();
            throw;
        }
        catch (Exception e) when (IsDatabaseError(e))
        {
            dialect.Dispose();
            throw Wrap(dialect, e);
        }
    }

    internal static bool IsDatabaseError(Exception e) =>
        e is DbException or IOException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException;

    internal static StoreException Wrap(SqlDialect dialect, Exception e) => new($"{dialect.Describe}: {OneLine(e)}", e);

    /// <summary>The message and the innermost cause, on one line.</summary>
    internal static string OneLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        var text = inner == e || e.Message.Contains(inner.Message, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({inner.Message})";
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
