using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Tickmark.Store.Dialects;

/// <summary>
/// Rows straight into SQLite through its C interface: one statement prepared once, values bound and
/// stepped per row. Microsoft.Data.Sqlite spends more per row building a reader than SQLite spends
/// storing it, and facts are most of what ingest writes. The statement runs on the connection's own
/// handle, so it is inside whatever transaction the connection has begun. Decimals are stored as
/// text in their invariant form, as Microsoft.Data.Sqlite does.
/// </summary>
internal sealed class SqliteRowInserter : RowInserter
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public override DbTransaction? Transaction { set { } }

    public override void Add(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var at = i + 1;
            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, at),
                int n => raw.sqlite3_bind_int64(_statement, at, n),
                long n => raw.sqlite3_bind_int64(_statement, at, n),
                decimal d => raw.sqlite3_bind_text(_statement, at, d.ToString(CultureInfo.InvariantCulture)),
                string s => raw.sqlite3_bind_text(_statement, at, s),
                var other => throw new ArgumentException($"cannot store a {other.GetType().Name}"),
            };
            Check(rc);
        }
        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE) Check(step);
    }

    public override void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc);
    }
}
