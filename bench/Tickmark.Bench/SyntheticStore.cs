using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Tickmark.Store;
using Tickmark.Store.Ingest;

namespace Tickmark.Bench;

/// <summary>
/// A large SQLite database made from the three BSMD seed releases (second, third and fourth quarter),
/// copied in SQL: each synthetic company has the three releases of each of <c>years</c> fiscal years,
/// their periods moved by whole years, so a company's series has 4 quarters a year (Q1 derived) and
/// <c>companies</c> x <c>years</c> x 3 releases make the database. Document text is kept for the seeds only.
/// </summary>
public static class SyntheticStore
{
    public static void Create(string path, int releases, int years = 20)
    {
        var companies = Math.Max(1, (int)Math.Ceiling(releases / (3.0 * years)));
        if (File.Exists(path)) File.Delete(path);
        var sw = Stopwatch.StartNew();
        using (var store = TickmarkStore.OpenFile(path))
        {
            var seeds = Directory.GetFiles(Path.Combine(Corpus.RepoRoot, "samples", "bsmd"), "*.txt").Order(StringComparer.Ordinal).ToList();
            var added = new ReleaseIngestor(store).Run(seeds).Added;
            if (added != 3) throw new InvalidOperationException($"expected the 3 BSMD seeds to be stored, {added} were");
        }
        SqliteConnection.ClearAllPools();
        using var c = new SqliteConnection($"Data Source={path}");
        c.Open();
        Exec(c, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000");
        using (var tx = c.BeginTransaction())
        {
            Exec(c, "CREATE TEMP TABLE n (i INTEGER PRIMARY KEY)", tx);
            Exec(c, $"WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < {Math.Max(companies, years)}) INSERT INTO n SELECT i FROM k", tx);
            Exec(c, $"""
                INSERT INTO companies (key, name, name_key, ticker, exchange, cik)
                SELECT printf('SYN%05d', i), printf('Synthetic %05d Inc.', i), printf('synthetic %05d', i), printf('SYN%05d', i), 'NASDAQ', NULL
                FROM n WHERE i >= 1 AND i < {companies}
                """, tx);
            // Every (company, year, seed release) but the seeds themselves, numbered after them.
            Exec(c, $"""
                CREATE TEMP TABLE m AS
                SELECT 3 + ROW_NUMBER() OVER (ORDER BY co.id, y.i, t.id) AS id, co.id AS company_id, y.i AS y, t.id AS tid
                FROM companies co, n y, releases t
                WHERE y.i < {years} AND NOT (co.id = t.company_id AND y.i = 0)
                """, tx);
            Exec(c, """
                INSERT INTO releases (id, company_id, source_path, content_hash, format, status, error, parser_version, ingested_at, company_name, ticker,
                    exchange, cik, release_date, headline, city, wire, fiscal_year, fiscal_quarter, period_end, fiscal_year_end_month,
                    fact_count, statement_count, checks_passed, checks_rounding, checks_failed)
                SELECT m.id, m.company_id, printf('/synthetic/%s/%d_%s', co.key, m.y, substr(t.source_path, -24)), t.content_hash || printf('-%d', m.id), t.format, t.status,
                    t.error, t.parser_version, t.ingested_at, co.name, co.ticker, co.exchange, co.cik, date(t.release_date, printf('+%d months', 12 * m.y)),
                    t.headline, t.city, t.wire, t.fiscal_year + m.y, t.fiscal_quarter, date(t.period_end, '+1 day', printf('+%d months', 12 * m.y), '-1 day'),
                    t.fiscal_year_end_month, t.fact_count, t.statement_count, t.checks_passed, t.checks_rounding, t.checks_failed
                FROM m JOIN releases t ON t.id = m.tid JOIN companies co ON co.id = m.company_id
                """, tx);
            const string End = "date({0}, '+1 day', printf('+%d months', 12 * m.y), '-1 day')";
            const string Start = "date({0}, printf('+%d months', 12 * m.y))";
            Exec(c, $"""
                INSERT INTO facts (release_id, idx, origin, statement_idx, row_idx, column_idx, statement_kind, label, section, concept, measure, value, unit,
                    decimals, period_start, period_end, dimensions, span_start, span_length, line, col, xbrl_value, basis)
                SELECT m.id, f.idx, f.origin, f.statement_idx, f.row_idx, f.column_idx, f.statement_kind, f.label, f.section, f.concept, f.measure, f.value, f.unit,
                    f.decimals, {string.Format(Start, "f.period_start")}, {string.Format(End, "f.period_end")}, f.dimensions, f.span_start, f.span_length, f.line, f.col, f.xbrl_value, f.basis
                FROM m JOIN facts f ON f.release_id = m.tid
                """, tx);
            Exec(c, "INSERT INTO statements SELECT m.id, s.idx, s.kind, s.title, s.first_line, s.last_line, s.scale FROM m JOIN statements s ON s.release_id = m.tid", tx);
            Exec(c, $"""
                INSERT INTO statement_columns (release_id, statement_idx, idx, heading, period_start, period_end, change_of, is_change)
                SELECT m.id, s.statement_idx, s.idx, s.heading, {string.Format(Start, "s.period_start")}, {string.Format(End, "s.period_end")}, s.change_of, s.is_change
                FROM m JOIN statement_columns s ON s.release_id = m.tid
                """, tx);
            Exec(c, "INSERT INTO statement_rows (release_id, statement_idx, idx, label, section, concept, line) SELECT m.id, s.statement_idx, s.idx, s.label, s.section, s.concept, s.line FROM m JOIN statement_rows s ON s.release_id = m.tid", tx);
            Exec(c, "INSERT INTO checks (release_id, idx, rule, status, message, facts) SELECT m.id, k.idx, k.rule, k.status, k.message, k.facts FROM m JOIN checks k ON k.release_id = m.tid", tx);
            tx.Commit();
        }
        Exec(c, "ANALYZE");
        using var count = c.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM releases), (SELECT COUNT(*) FROM companies), (SELECT COUNT(*) FROM facts)";
        using var r = count.ExecuteReader();
        r.Read();
        Console.WriteLine($"synthetic database {path}: {r.GetInt64(0):N0} releases, {r.GetInt64(1):N0} companies ({years * 4} quarters each), {r.GetInt64(2):N0} facts, " +
            $"{new FileInfo(path).Length / 1e6:F0} MB, made in {sw.Elapsed.TotalSeconds:F0} s");
    }

    private static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
