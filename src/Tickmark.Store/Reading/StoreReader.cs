using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Facts;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Store.Reading;

/// <summary>
/// The store's read side, for the CLI and a web app alike: companies with their release counts,
/// periods and check pass share; a company's releases; one release with its statements, facts,
/// checks and diagnostics; and a release's document text, so that nothing reads files named in a request.
/// </summary>
public sealed class StoreReader(TickmarkStore store)
{
    internal const string ReleaseColumns = """
        r.id, r.company_id, r.source_path, r.content_hash, r.format, r.status, r.error, r.parser_version, r.ingested_at,
        r.company_name, r.ticker, r.exchange, r.cik, r.release_date, r.headline, r.city, r.wire,
        r.fiscal_year, r.fiscal_quarter, r.period_end, r.fiscal_year_end_month,
        r.fact_count, r.statement_count, r.checks_passed, r.checks_rounding, r.checks_failed
        """;

    private const string CompanySql = """
        SELECT c.id, c.key, c.name, c.ticker, c.exchange, c.cik,
               COUNT(r.id), COALESCE(SUM(CASE WHEN r.status = 'failed' THEN 1 ELSE 0 END), 0), MIN(r.period_end), MAX(r.period_end),
               COALESCE(SUM(r.checks_passed), 0), COALESCE(SUM(r.checks_rounding), 0), COALESCE(SUM(r.checks_failed), 0)
        FROM companies c LEFT JOIN releases r ON r.company_id = c.id
        """;

    private const string CompanyGroup = " GROUP BY c.id, c.key, c.name, c.ticker, c.exchange, c.cik";

    public IReadOnlyList<CompanySummary> Companies() => Query(CompanySql + CompanyGroup, [], ReadCompany)
        .OrderBy(c => c.Ticker ?? c.Key, StringComparer.Ordinal).ToList();

    /// <summary>One company by its id, with its counts (read through the releases' company index), or null.</summary>
    public CompanySummary? Company(long id) => Query(CompanySql + " WHERE c.id = @p0" + CompanyGroup, [id], ReadCompany).FirstOrDefault();

    /// <summary>
    /// A company by ticker, key or name (any case), or null: the ticker first, then the key, then the
    /// normalised name, each an indexed look-up (tickers and keys are stored upper case, or the lower-case name key).
    /// </summary>
    public CompanySummary? FindCompany(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var upper = t.ToUpperInvariant();
        var lower = t.ToLowerInvariant();
        var nameKey = CompanyIdentity.NormalizeName(t);
        var candidates = Query("SELECT id, key, ticker, name_key FROM companies WHERE ticker = @p0 OR key = @p0 OR key = @p1 OR name_key = @p2 ORDER BY id",
            [upper, lower, nameKey], r => (Id: r.Long(0), Key: r.Str(1), Ticker: r.StrOrNull(2), NameKey: r.StrOrNull(3)));
        var hit = candidates.Where(c => string.Equals(c.Ticker, t, StringComparison.OrdinalIgnoreCase))
            .Concat(candidates.Where(c => string.Equals(c.Key, t, StringComparison.OrdinalIgnoreCase)))
            .Concat(candidates.Where(c => nameKey != "" && c.NameKey == nameKey))
            .Select(c => (long?)c.Id).FirstOrDefault();
        return hit is { } id ? Company(id) : null;
    }

    /// <summary>
    /// Companies whose ticker, key or name contains <paramref name="text"/> (any case), tickers that match
    /// exactly first; at most <paramref name="limit"/>, each with its counts.
    /// </summary>
    public IReadOnlyList<CompanySummary> SearchCompanies(string text, int limit)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        var like = "%" + EscapeLike(t.ToLowerInvariant()) + "%";
        var ids = Query("""
            SELECT id, ticker FROM companies
            WHERE lower(ticker) LIKE @p0 ESCAPE '\' OR lower(key) LIKE @p0 ESCAPE '\' OR lower(name) LIKE @p0 ESCAPE '\'
            ORDER BY CASE WHEN upper(ticker) = @p1 THEN 0 ELSE 1 END, ticker, key LIMIT @p2
            """, [like, t.ToUpperInvariant(), limit], r => r.Long(0));
        return ids.Select(Company).OfType<CompanySummary>().ToList();
    }

    /// <summary>'%', '_' and '\' taken literally in a LIKE pattern (with ESCAPE '\').</summary>
    internal static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static CompanySummary ReadCompany(DbDataReader r) => new(r.Long(0), r.Str(1), r.StrOrNull(2), r.StrOrNull(3), r.StrOrNull(4), r.StrOrNull(5),
        r.Int(6), r.Int(7), r.DateOrNull(8), r.DateOrNull(9), r.Int(10), r.Int(11), r.Int(12));

    /// <summary>A company's releases, oldest period first.</summary>
    public IReadOnlyList<ReleaseSummary> Releases(long companyId) =>
        Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.company_id = @p0", [companyId], ReadRelease)
            .OrderBy(r => r.PeriodEnd ?? r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Id).ToList();

    /// <summary>Releases stored without a company (they named none, or could not be read).</summary>
    public IReadOnlyList<ReleaseSummary> ReleasesWithoutCompany() =>
        Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.company_id IS NULL ORDER BY r.id", [], ReadRelease);

    public ReleaseSummary? ReleaseSummary(long id) =>
        Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.id = @p0", [id], ReadRelease).FirstOrDefault();

    /// <summary>Releases named by id ("12" or "#12"), content hash or its first six or more hex digits, path, or file name.</summary>
    public IReadOnlyList<ReleaseSummary> FindReleases(string text)
    {
        var t = text.Trim();
        if (long.TryParse(t.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return ReleaseSummary(id) is { } byId ? [byId] : [];
        if (t.Length >= 6 && t.All(Uri.IsHexDigit))
        {
            var byHash = Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.content_hash LIKE @p0", [t.ToLowerInvariant() + "%"], ReadRelease);
            if (byHash.Count > 0) return byHash;
        }
        var full = Path.GetFullPath(t);
        var byPath = Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.source_path = @p0", [full], ReadRelease);
        if (byPath.Count > 0) return byPath;
        return Query($"SELECT {ReleaseColumns} FROM releases r WHERE r.source_path LIKE @p0", ["%" + Path.GetFileName(t)], ReadRelease)
            .Where(r => r.Name == Path.GetFileName(t)).ToList();
    }

    /// <summary>One release with everything read from it, or null when there is no such release.</summary>
    public ReleaseDetail? Release(long id)
    {
        var summary = ReleaseSummary(id);
        if (summary is null) return null;
        var columns = Query("SELECT statement_idx, idx, heading, period_start, period_end, is_change, change_of FROM statement_columns WHERE release_id = @p0", [id],
            r => (Statement: r.Int(0), Column: new StoredColumn(r.Int(1), r.Str(2), r.PeriodAt(3, 4), r.Int(5) != 0, r.IntOrNull(6))));
        var rows = Query("SELECT statement_idx, idx, label, section, concept, line FROM statement_rows WHERE release_id = @p0", [id],
            r => (Statement: r.Int(0), Row: new StoredRow(r.Int(1), r.Str(2), r.Str(3), r.StrOrNull(4), r.Int(5))));
        var statements = Query("SELECT idx, kind, title, first_line, last_line, scale FROM statements WHERE release_id = @p0", [id],
            r => new StoredStatement(r.Int(0), StatementKindNames.Parse(r.Str(1)), r.Str(2), r.Int(3), r.Int(4), r.Decimal(5),
                columns.Where(c => c.Statement == r.Int(0)).Select(c => c.Column).OrderBy(c => c.Index).ToList(),
                rows.Where(x => x.Statement == r.Int(0)).Select(x => x.Row).OrderBy(x => x.Index).ToList()))
            .OrderBy(s => s.Index).ToList();
        var facts = Facts(id);
        var checks = Query("SELECT idx, rule, status, message, facts FROM checks WHERE release_id = @p0", [id],
            r => (Index: r.Int(0), Check: new CheckResult(r.Str(1), ParseStatus(r.Str(2)), r.Str(3),
                r.Str(4).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())))
            .OrderBy(c => c.Index).Select(c => c.Check).ToList();
        var diagnostics = Query("SELECT idx, severity, code, message, line, span_start, span_length FROM diagnostics WHERE release_id = @p0", [id],
            r => (Index: r.Int(0), Diagnostic: new Diagnostic(ParseSeverity(r.Str(1)), r.Str(2), r.Str(3), r.Int(4),
                r.IsDBNull(5) ? null : new SourceSpan(r.Int(5), r.Int(6)))))
            .OrderBy(d => d.Index).Select(d => d.Diagnostic).ToList();
        return new ReleaseDetail(summary, statements, facts, checks, diagnostics);
    }

    /// <summary>A release's facts in index order (none for a release that could not be read).</summary>
    public IReadOnlyList<StoredFact> Facts(long releaseId) => Query("""
        SELECT idx, origin, statement_idx, row_idx, column_idx, statement_kind, label, section, concept, measure, value, unit, decimals,
               period_start, period_end, dimensions, span_start, span_length, line, col, xbrl_value, basis
        FROM facts WHERE release_id = @p0
        """, [releaseId], ReadFact).OrderBy(f => f.Index).ToList();

    /// <summary>
    /// What the stored data is at: the highest release id and the latest ingest time (each an index look-up).
    /// Adding, replacing or re-reading a release moves it; a reader caching anything built from the store compares it.
    /// </summary>
    public string Stamp() => Query("SELECT MAX(id), MAX(ingested_at) FROM releases", [],
        r => $"{(r.IsDBNull(0) ? 0 : r.Long(0))}|{r.StrOrNull(1)}").Single();

    /// <summary>The release's document as decoded (the text every fact's span points into), or null when none was stored.</summary>
    public string? DocumentText(long releaseId) =>
        Query("SELECT text FROM documents WHERE release_id = @p0", [releaseId], r => r.Str(0)).FirstOrDefault();

    internal static ReleaseSummary ReadRelease(DbDataReader r) => new(
        r.Long(0), r.LongOrNull(1), r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.StrOrNull(6), r.Str(7), r.Str(8),
        r.StrOrNull(9), r.StrOrNull(10), r.StrOrNull(11), r.StrOrNull(12), r.DateOrNull(13), r.StrOrNull(14), r.StrOrNull(15), r.StrOrNull(16),
        r.IntOrNull(17), r.IntOrNull(18), r.DateOrNull(19), r.IntOrNull(20), r.Int(21), r.Int(22), r.Int(23), r.Int(24), r.Int(25));

    private static StoredFact ReadFact(DbDataReader r)
    {
        var dimensions = r.StrOrNull(15) is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json)! : new Dictionary<string, string>();
        var fact = new Fact
        {
            Origin = FactOriginNames.Parse(r.Str(1)),
            StatementIndex = r.IntOrNull(2),
            Row = r.IntOrNull(3),
            Column = r.IntOrNull(4),
            Statement = r.StrOrNull(5) is { } kind ? StatementKindNames.Parse(kind) : null,
            Label = r.Str(6),
            Section = r.Str(7),
            Concept = r.StrOrNull(8),
            Measure = r.StrOrNull(9),
            Value = r.Decimal(10),
            Unit = ParseUnit(r.Str(11)),
            Decimals = r.Int(12),
            Period = r.PeriodAt(13, 14),
            Dimensions = dimensions,
            Span = new SourceSpan(r.Int(16), r.Int(17)),
            XbrlValue = r.IsDBNull(20) ? null : r.Decimal(20),
            Basis = FactBasisNames.Parse(r.Str(21)),
        };
        return new StoredFact(r.Int(0), fact, r.Int(18), r.Int(19));
    }

    internal static Unit ParseUnit(string name) =>
        Enum.GetValues<Unit>().FirstOrDefault(u => u.ToJsonName() == name, Unit.Pure);

    private static CheckStatus ParseStatus(string s) => s switch { "pass" => CheckStatus.Pass, "rounding" => CheckStatus.Rounding, _ => CheckStatus.Fail };

    private static Severity ParseSeverity(string s) => s switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info };

    /// <summary>Runs a query with parameters @p0, @p1 ... and reads every row.</summary>
    internal List<T> Query<T>(string sql, object?[] parameters, Func<DbDataReader, T> read)
    {
        try
        {
            using var connection = store.Connect();
            using var c = connection.CreateCommand();
            c.CommandText = sql;
            for (var i = 0; i < parameters.Length; i++)
            {
                var p = c.CreateParameter();
                p.ParameterName = "p" + i;
                p.Value = parameters[i] ?? DBNull.Value;
                if (parameters[i] is string) p.DbType = DbType.String;
                c.Parameters.Add(p);
            }
            using var r = c.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(read(r));
            return list;
        }
        catch (Exception e) when (TickmarkStore.IsDatabaseError(e)) { throw TickmarkStore.Wrap(store.Dialect, e); }
    }
}
