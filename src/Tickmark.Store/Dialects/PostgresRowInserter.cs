using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Tickmark.Store.Dialects;

/// <summary>
/// Rows into PostgreSQL by binary COPY: rows are kept until <see cref="Flush"/> (the writer calls it
/// before each commit) and then sent in one stream, instead of one round trip per row. Rows are
/// only added, never read back, within a transaction, so holding them until the commit is safe.
/// </summary>
internal sealed class PostgresRowInserter : RowInserter
{
    private readonly NpgsqlConnection _connection;
    private readonly string _copy;
    private readonly NpgsqlDbType[] _types;
    private readonly List<object?[]> _rows = [];

    public PostgresRowInserter(NpgsqlConnection connection, string table, (string Column, DbType Type)[] columns)
    {
        _connection = connection;
        _copy = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        _types = columns.Select(c => c.Type switch
        {
            DbType.Int64 => NpgsqlDbType.Bigint,
            DbType.Int32 => NpgsqlDbType.Integer,
            DbType.Decimal => NpgsqlDbType.Numeric,
            _ => NpgsqlDbType.Text,
        }).ToArray();
    }

    public override DbTransaction? Transaction { set { } }

    public override void Add(params object?[] values) => _rows.Add(values);

    public override void Flush()
    {
        if (_rows.Count == 0) return;
        using (var import = _connection.BeginBinaryImport(_copy))
        {
            foreach (var row in _rows)
            {
                import.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) import.WriteNull();
                    else import.Write(row[i], _types[i]);
                }
            }
            import.Complete();
        }
        _rows.Clear();
    }

    /// <summary>Rows of a transaction that was rolled back are dropped with it.</summary>
    public override void Discard() => _rows.Clear();

    public override void Dispose() => _rows.Clear();
}
