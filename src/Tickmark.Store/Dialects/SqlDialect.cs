using System.Data.Common;

namespace Tickmark.Store.Dialects;

/// <summary>
/// What differs between the databases the store runs on: how to connect, two words of the schema
/// script, and how to hold off other processes while migrating. All other SQL is shared.
/// </summary>
public abstract class SqlDialect : IDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    public abstract string Name { get; }

    /// <summary>The database in words for messages, without any password.</summary>
    public abstract string Describe { get; }

    /// <summary>An auto-numbered 64-bit primary key column.</summary>
    protected abstract string IdColumn { get; }

    /// <summary>An exact decimal column.</summary>
    protected abstract string DecimalType { get; }

    /// <summary>A new open connection; the caller disposes it.</summary>
    public abstract DbConnection Open();

    /// <summary>Called first in the migration transaction, so that two processes opening a new database do not both migrate it.</summary>
    public virtual void LockForMigration(DbConnection connection, DbTransaction transaction) { }

    /// <summary>Adds rows to <paramref name="table"/> in the connection's transaction; the columns' values come in this order.</summary>
    public virtual RowInserter Inserter(DbConnection connection, string table, params (string Column, System.Data.DbType Type)[] columns) =>
        new CommandRowInserter(connection, table, columns);

    /// <summary>The schema script with this dialect's column types.</summary>
    public string Script(string template) => template.Replace("{id}", IdColumn).Replace("{decimal}", DecimalType);

    public virtual void Dispose() { }
}
