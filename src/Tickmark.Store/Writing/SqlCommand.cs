using System.Data;
using System.Data.Common;

namespace Tickmark.Store.Writing;

/// <summary>
/// One SQL statement prepared once and run many times with new values: its parameters (named
/// @p0, @p1, ... in order, each with a fixed type so that NULL binds the same way on every
/// database) are made once and refilled per run.
/// </summary>
internal sealed class SqlCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public SqlCommand(DbConnection connection, string sql, params DbType[] types)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = new DbParameter[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = "p" + i;
            p.DbType = types[i];
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
    }

    /// <summary>An INSERT of the given columns, in the order their values are given.</summary>
    public static SqlCommand Insert(DbConnection connection, string table, params (string Column, DbType Type)[] columns) => new(
        connection,
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Column))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})",
        columns.Select(c => c.Type).ToArray());

    public DbTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        var v = _command.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public DbDataReader Query(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length) throw new ArgumentException($"{_parameters.Length} values expected, {values.Length} given");
        for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
