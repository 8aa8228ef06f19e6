using System.Data;
using System.Data.Common;
using Tickmark.Store.Writing;

namespace Tickmark.Store.Dialects;

/// <summary>
/// Adds rows to one table inside the connection's current transaction, values in column order.
/// The plain kind runs a prepared INSERT per row; a dialect may give a faster one.
/// </summary>
public abstract class RowInserter : IDisposable
{
    public abstract DbTransaction? Transaction { set; }

    public abstract void Add(params object?[] values);

    /// <summary>Sends rows held back; called before the transaction commits.</summary>
    public virtual void Flush() { }

    /// <summary>Forgets rows held back after the transaction was rolled back.</summary>
    public virtual void Discard() { }

    public abstract void Dispose();
}

internal sealed class CommandRowInserter(DbConnection connection, string table, (string Column, DbType Type)[] columns) : RowInserter
{
    private readonly SqlCommand _insert = SqlCommand.Insert(connection, table, columns);

    public override DbTransaction? Transaction { set => _insert.Transaction = value; }

    public override void Add(params object?[] values) => _insert.Execute(values);

    public override void Dispose() => _insert.Dispose();
}
