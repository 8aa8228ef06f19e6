using System.Data;
using System.Data.Common;

namespace Tickmark.Store.Writing;

/// <summary>
/// Finds or adds the company a release belongs to, inside the writer's transaction: by ticker, else
/// by CIK, else by normalised name (so a release that omits its ticker still joins its company).
/// A company found by name takes the ticker, CIK and exchange it lacked, and its key becomes the ticker.
/// </summary>
internal sealed class CompanyDirectory : IDisposable
{
    private readonly SqlCommand _byTicker, _byCik, _byName, _insert, _update;

    public CompanyDirectory(DbConnection c)
    {
        _byTicker = new(c, "SELECT id FROM companies WHERE ticker = @p0 ORDER BY id LIMIT 1", DbType.String);
        _byCik = new(c, "SELECT id FROM companies WHERE cik = @p0 ORDER BY id LIMIT 1", DbType.String);
        // A company with another ticker is another company, even under the same name.
        _byName = new(c, "SELECT id FROM companies WHERE name_key = @p0 AND (ticker IS NULL OR @p1 IS NULL) ORDER BY id LIMIT 1", DbType.String, DbType.String);
        _insert = new(c, "INSERT INTO companies (key, name, name_key, ticker, exchange, cik) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) RETURNING id",
            DbType.String, DbType.String, DbType.String, DbType.String, DbType.String, DbType.String);
        _update = new(c, """
            UPDATE companies SET
                key = CASE WHEN ticker IS NULL AND @p1 IS NOT NULL THEN @p1 ELSE key END,
                ticker = COALESCE(ticker, @p1), cik = COALESCE(cik, @p2), exchange = COALESCE(exchange, @p3),
                name = COALESCE(name, @p4), name_key = COALESCE(name_key, @p5)
            WHERE id = @p0
            """, DbType.Int64, DbType.String, DbType.String, DbType.String, DbType.String, DbType.String);
    }

    public DbTransaction? Transaction
    {
        set { foreach (var c in Commands) c.Transaction = value; }
    }

    public long? Resolve(CompanyIdentity? who)
    {
        if (who is null) return null;
        var id = (who.Ticker is null ? null : _byTicker.Scalar(who.Ticker))
            ?? (who.Cik is null ? null : _byCik.Scalar(who.Cik))
            ?? (who.NameKey is null ? null : _byName.Scalar(who.NameKey, who.Ticker));
        if (id is null) return Convert.ToInt64(_insert.Scalar(who.Key, who.Name, who.NameKey, who.Ticker, who.Exchange, who.Cik));
        var found = Convert.ToInt64(id);
        _update.Execute(found, who.Ticker, who.Cik, who.Exchange, who.Name, who.NameKey);
        return found;
    }

    private IEnumerable<SqlCommand> Commands => [_byTicker, _byCik, _byName, _insert, _update];

    public void Dispose()
    {
        foreach (var c in Commands) c.Dispose();
    }
}
