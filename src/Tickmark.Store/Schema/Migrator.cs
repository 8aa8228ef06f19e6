using System.Data.Common;
using System.Globalization;
using Tickmark.Store.Dialects;

namespace Tickmark.Store.Schema;

/// <summary>
/// Brings a database up to <see cref="Migration.Latest"/> when it is opened: each migration not yet
/// in <c>schema_version</c> runs in its own transaction with its version row, so a database is
/// always at one whole version.
/// </summary>
public static class Migrator
{
    public static int Migrate(SqlDialect dialect, DbConnection connection)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(connection, null);
        if (current > Migration.Latest)
            throw new StoreException($"{dialect.Describe} has schema version {current}, newer than this tickmark knows ({Migration.Latest}); use a newer tickmark");
        foreach (var m in Migration.All.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            dialect.LockForMigration(connection, tx);
            // Another process may have migrated while this one waited for the lock.
            if (CurrentVersion(connection, tx) >= m.Version) { tx.Commit(); continue; }
            Execute(connection, tx, dialect.Script(m.Sql));
            Execute(connection, tx, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)",
                ("v", m.Version), ("n", m.Name), ("t", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
            tx.Commit();
        }
        return CurrentVersion(connection, null);
    }

    /// <summary>For a database opened read-only: its version, which must be the latest (nothing is migrated, nothing written).</summary>
    public static int Check(SqlDialect dialect, DbConnection connection)
    {
        int current;
        try { current = CurrentVersion(connection, null); }
        catch (DbException)
        {
            throw new StoreException($"{dialect.Describe}: not a Tickmark database (no schema_version); it was left unchanged");
        }
        if (current > Migration.Latest)
            throw new StoreException($"{dialect.Describe} has schema version {current}, newer than this tickmark knows ({Migration.Latest}); use a newer tickmark");
        if (current < Migration.Latest)
            throw new StoreException($"{dialect.Describe} has schema version {current}, older than this tickmark's ({Migration.Latest}); 'tickmark ingest' with it brings it up to date");
        return current;
    }

    public static int CurrentVersion(DbConnection connection, DbTransaction? tx)
    {
        using var c = connection.CreateCommand();
        c.Transaction = tx;
        c.CommandText = "SELECT MAX(version) FROM schema_version";
        return c.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : 0;
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var c = connection.CreateCommand();
        c.Transaction = tx;
        c.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = c.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            c.Parameters.Add(p);
        }
        c.ExecuteNonQuery();
    }
}
