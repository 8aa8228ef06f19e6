using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Events;
using Tickmark.Facts;
using Tickmark.Output;
using Tickmark.Periods;
using Tickmark.Store.Dialects;
using Tickmark.Units;

namespace Tickmark.Store.Writing;

/// <summary>
/// Writes releases inside the caller's transaction, all of one release's rows together. Content
/// already stored (same SHA-256) is left alone unless it was read by another parser and a reparse
/// is asked for; a release that supersedes a stored one (same content, or same file with new
/// content) takes its id and its rows are deleted first.
/// </summary>
internal sealed class ReleaseWriter : IDisposable
{
    private static readonly string[] ChildTables = ["documents", "statements", "statement_columns", "statement_rows", "facts", "checks", "diagnostics", "splits",
        "calls", "events", "guidance", "cautionary_items"];

    private readonly CompanyDirectory _companies;
    private readonly SqlCommand _byHash, _byPath, _insertRelease, _insertReleaseWithId;
    private readonly SqlCommand[] _deletes;
    private readonly RowInserter _document, _statement, _column, _row, _fact, _check, _diagnostic, _split,
        _call, _event, _guidance, _cautionary;

    public ReleaseWriter(DbConnection c, SqlDialect dialect)
    {
        _companies = new CompanyDirectory(c);
        _byHash = new(c, "SELECT id, parser_version FROM releases WHERE content_hash = @p0", DbType.String);
        _byPath = new(c, "SELECT id FROM releases WHERE source_path = @p0 ORDER BY id LIMIT 1", DbType.String);
        _insertRelease = new(c, InsertRelease(withId: false) + " RETURNING id", ReleaseTypes(withId: false));
        _insertReleaseWithId = new(c, InsertRelease(withId: true), ReleaseTypes(withId: true));
        _deletes = [.. ChildTables.Select(t => new SqlCommand(c, $"DELETE FROM {t} WHERE release_id = @p0", DbType.Int64)),
            new SqlCommand(c, "DELETE FROM releases WHERE id = @p0", DbType.Int64)];
        _document = dialect.Inserter(c, "documents", ("release_id", DbType.Int64), ("text", DbType.String));
        _statement = dialect.Inserter(c, "statements", ("release_id", DbType.Int64), ("idx", DbType.Int32), ("kind", DbType.String),
            ("title", DbType.String), ("first_line", DbType.Int32), ("last_line", DbType.Int32), ("scale", DbType.Decimal));
        _column = dialect.Inserter(c, "statement_columns", ("release_id", DbType.Int64), ("statement_idx", DbType.Int32), ("idx", DbType.Int32),
            ("heading", DbType.String), ("period_start", DbType.String), ("period_end", DbType.String), ("change_of", DbType.Int32), ("is_change", DbType.Int32));
        _row = dialect.Inserter(c, "statement_rows", ("release_id", DbType.Int64), ("statement_idx", DbType.Int32), ("idx", DbType.Int32),
            ("label", DbType.String), ("section", DbType.String), ("concept", DbType.String), ("line", DbType.Int32));
        _fact = dialect.Inserter(c, "facts", ("release_id", DbType.Int64), ("idx", DbType.Int32), ("origin", DbType.String),
            ("statement_idx", DbType.Int32), ("row_idx", DbType.Int32), ("column_idx", DbType.Int32), ("statement_kind", DbType.String),
            ("label", DbType.String), ("section", DbType.String), ("concept", DbType.String), ("measure", DbType.String),
            ("value", DbType.Decimal), ("unit", DbType.String), ("decimals", DbType.Int32), ("period_start", DbType.String),
            ("period_end", DbType.String), ("dimensions", DbType.String), ("span_start", DbType.Int32), ("span_length", DbType.Int32),
            ("line", DbType.Int32), ("col", DbType.Int32),
            ("xbrl_value", DbType.Decimal), ("basis", DbType.String));
        _check = dialect.Inserter(c, "checks", ("release_id", DbType.Int64), ("idx", DbType.Int32), ("rule", DbType.String),
            ("status", DbType.String), ("message", DbType.String), ("facts", DbType.String));
        _diagnostic = dialect.Inserter(c, "diagnostics", ("release_id", DbType.Int64), ("idx", DbType.Int32), ("severity", DbType.String),
            ("code", DbType.String), ("message", DbType.String), ("line", DbType.Int32), ("span_start", DbType.Int32), ("span_length", DbType.Int32));
        _split = dialect.Inserter(c, "splits", ("release_id", DbType.Int64), ("idx", DbType.Int32), ("numerator", DbType.Int32),
            ("denominator", DbType.Int32), ("text", DbType.String), ("adjusted", DbType.Int32), ("span_start", DbType.Int32),
            ("span_length", DbType.Int32), ("line", DbType.Int32), ("col", DbType.Int32));
        (string, DbType)[] at = [("span_start", DbType.Int32), ("span_length", DbType.Int32), ("line", DbType.Int32), ("col", DbType.Int32)];
        _call = dialect.Inserter(c, "calls", [("release_id", DbType.Int64), ("start_date", DbType.String), ("start_time", DbType.String),
            ("zone", DbType.String), ("starts_at", DbType.String), ("detail", DbType.String), .. at]);
        _event = dialect.Inserter(c, "events", [("release_id", DbType.Int64), ("idx", DbType.Int32), ("kind", DbType.String),
            ("text", DbType.String), ("detail", DbType.String), .. at]);
        _guidance = dialect.Inserter(c, "guidance", [("release_id", DbType.Int64), ("idx", DbType.Int32), ("measure", DbType.String),
            ("fiscal_year", DbType.Int32), ("fiscal_quarter", DbType.Int32), ("low", DbType.Decimal), ("high", DbType.Decimal),
            ("point", DbType.Decimal), ("tolerance", DbType.Decimal), ("unit", DbType.String), ("basis", DbType.String),
            ("change", DbType.String), ("detail", DbType.String), .. at]);
        _cautionary = dialect.Inserter(c, "cautionary_items", [("release_id", DbType.Int64), ("idx", DbType.Int32), ("kind", DbType.String),
            ("text", DbType.String), .. at]);
    }

    public DbTransaction? Transaction
    {
        set
        {
            _companies.Transaction = value;
            foreach (var c in Commands) c.Transaction = value;
            foreach (var r in Inserters) r.Transaction = value;
        }
    }

    /// <summary>
    /// Stores <paramref name="result"/> read from <paramref name="path"/> whose bytes hash to
    /// <paramref name="contentHash"/> (a stand-in naming the path when it could not be read);
    /// with <paramref name="reparse"/>, content stored by another parser version is replaced.
    /// </summary>
    public (WriteOutcome Outcome, long Id) Write(string path, string contentHash, ExtractionResult result, bool reparse)
    {
        long? replace = null;
        using (var found = _byHash.Query(contentHash))
        {
            if (found.Read())
            {
                var id = Convert.ToInt64(found.GetValue(0), CultureInfo.InvariantCulture);
                if (!reparse || found.GetString(1) == ParserVersion.Current) return (WriteOutcome.Unchanged, id);
                replace = id;
            }
        }
        replace ??= _byPath.Scalar(path) is { } samePath ? Convert.ToInt64(samePath, CultureInfo.InvariantCulture) : null;
        if (replace is { } old) foreach (var d in _deletes) d.Execute(old);

        var companyId = _companies.Resolve(CompanyIdentity.Of(result.Release));
        var values = ReleaseValues(path, contentHash, result, companyId);
        long releaseId;
        if (replace is { } keep)
        {
            _insertReleaseWithId.Execute([keep, .. values]);
            releaseId = keep;
        }
        else releaseId = Convert.ToInt64(_insertRelease.Scalar(values), CultureInfo.InvariantCulture);
        WriteChildren(releaseId, result);
        return (replace is null ? WriteOutcome.Added : WriteOutcome.Replaced, releaseId);
    }

    /// <summary>Sends any rows the dialect holds back; call before committing.</summary>
    public void Flush()
    {
        foreach (var r in Inserters) r.Flush();
    }

    /// <summary>Forgets rows held back for a transaction that was rolled back.</summary>
    public void Discard()
    {
        foreach (var r in Inserters) r.Discard();
    }

    private void WriteChildren(long id, ExtractionResult r)
    {
        if (r.Document.Text.Length > 0) _document.Add(id, r.Document.Text);
        for (var s = 0; s < r.Statements.Count; s++)
        {
            var st = r.Statements[s];
            _statement.Add(id, s, st.Kind.ToJsonName(), st.Title, st.Region.FirstLine, st.Region.LastLine, st.Scale);
            for (var i = 0; i < st.Columns.Count; i++)
            {
                var col = st.Columns[i];
                var (start, end) = Dates(col.Period);
                _column.Add(id, s, i, col.Heading, start, end, col.ChangeOf, col.IsChange ? 1 : 0);
            }
            for (var i = 0; i < st.Rows.Count; i++)
            {
                var row = st.Rows[i];
                _row.Add(id, s, i, row.Label, row.Section, row.Concept, row.Line);
            }
        }
        var lines = r.Document.Lines;
        for (var i = 0; i < r.Facts.Count; i++)
        {
            var f = r.Facts[i];
            var (start, end) = Dates(f.Period);
            var at = lines.PositionOf(f.Span.Start);
            _fact.Add(id, i, f.Origin.ToJsonName(), f.StatementIndex, f.Row, f.Column,
                f.Statement?.ToJsonName(), f.Label, f.Section, f.Concept, f.Measure, f.Value, f.Unit.ToJsonName(), f.Decimals,
                start, end, f.Dimensions.Count == 0 ? null : JsonSerializer.Serialize(f.Dimensions), f.Span.Start, f.Span.Length, at.Line, at.Column,
                f.Concept is null ? null : f.XbrlValue ?? f.Value, f.Basis.ToJsonName());
        }
        for (var i = 0; i < r.Checks.Count; i++)
        {
            var c = r.Checks[i];
            _check.Add(id, i, c.Rule, c.StatusName, c.Message, string.Join(",", c.Facts));
        }
        for (var i = 0; i < r.Diagnostics.Count; i++)
        {
            var d = r.Diagnostics[i];
            _diagnostic.Add(id, i, d.SeverityName, d.Code, d.Message, d.Line, d.Span?.Start, d.Span?.Length);
        }
        for (var i = 0; i < r.Splits.Count; i++)
        {
            var s = r.Splits[i];
            var at = lines.PositionOf(s.Span.Start);
            _split.Add(id, i, s.Numerator, s.Denominator, s.Text, s.AlreadyAdjusted is { } a ? (a ? 1 : 0) : null, s.Span.Start, s.Span.Length, at.Line, at.Column);
        }
        WriteDisclosures(id, r);
    }

    private void WriteDisclosures(long id, ExtractionResult r)
    {
        var lines = r.Document.Lines;
        var d = r.Disclosures;
        object?[] Where(Tickmark.Text.SourceSpan span) { var p = lines.PositionOf(span.Start); return [span.Start, span.Length, p.Line, p.Column]; }
        if (d.Call is { } call)
        {
            var t = call.Start;
            _call.Add([id, Date(t?.Date), t?.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), t?.Zone,
                t?.ToOffset()?.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture),
                Detail(w => DisclosuresJsonWriter.WriteCall(w, call, lines)), .. Where(call.Span)]);
        }
        for (var i = 0; i < d.Events.Count; i++)
        {
            var e = d.Events[i];
            _event.Add([id, i, e.Kind.ToJsonName(), e.Text, Detail(w => DisclosuresJsonWriter.WriteEvent(w, e, lines)), .. Where(e.Span)]);
        }
        for (var i = 0; i < d.Guidance.Count; i++)
        {
            var g = d.Guidance[i];
            _guidance.Add([id, i, g.Measure, g.Period.Year, g.Period.Quarter, g.Low, g.High, g.Point, g.Tolerance, g.Unit.ToJsonName(),
                g.Basis.ToJsonName(), g.Change.ToString().ToLowerInvariant(), Detail(w => DisclosuresJsonWriter.WriteGuidance(w, g, lines)), .. Where(g.Span)]);
        }
        var items = d.Cautionary?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
            _cautionary.Add([id, i, items[i].KindName, items[i].Text, .. Where(items[i].Span)]);
    }

    /// <summary>One item's FACTS-JSON object, kept whole so the store gives back what extract wrote.</summary>
    private static string Detail(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) write(w);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static readonly (string Column, DbType Type)[] ReleaseColumns =
    [
        ("company_id", DbType.Int64), ("source_path", DbType.String), ("content_hash", DbType.String), ("format", DbType.String),
        ("status", DbType.String), ("error", DbType.String), ("parser_version", DbType.String), ("ingested_at", DbType.String),
        ("company_name", DbType.String), ("ticker", DbType.String), ("exchange", DbType.String), ("cik", DbType.String),
        ("release_date", DbType.String), ("headline", DbType.String), ("city", DbType.String), ("wire", DbType.String),
        ("fiscal_year", DbType.Int32), ("fiscal_quarter", DbType.Int32), ("period_end", DbType.String), ("fiscal_year_end_month", DbType.Int32),
        ("fact_count", DbType.Int32), ("statement_count", DbType.Int32),
        ("checks_passed", DbType.Int32), ("checks_rounding", DbType.Int32), ("checks_failed", DbType.Int32),
    ];

    private static string InsertRelease(bool withId)
    {
        var columns = (withId ? ["id"] : Array.Empty<string>()).Concat(ReleaseColumns.Select(c => c.Column)).ToList();
        return $"INSERT INTO releases ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
    }

    private static DbType[] ReleaseTypes(bool withId) => [.. (withId ? [DbType.Int64] : Array.Empty<DbType>()), .. ReleaseColumns.Select(c => c.Type)];

    private static object?[] ReleaseValues(string path, string hash, ExtractionResult r, long? companyId)
    {
        var rel = r.Release;
        var fp = rel.FiscalPeriod;
        var error = r.Failed ? r.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message : null;
        return
        [
            companyId, path, hash, r.Format, r.Failed ? "failed" : "ok", error, ParserVersion.Current,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            rel.Company, rel.Ticker, rel.Exchange, rel.Cik, Date(rel.Date), rel.Headline, rel.City, rel.Wire,
            fp?.Year, fp?.Quarter, Date(fp?.End), fp?.YearEndMonth,
            r.Facts.Count, r.Statements.Count,
            r.Checks.Count(c => c.Status == CheckStatus.Pass), r.Checks.Count(c => c.Status == CheckStatus.Rounding), r.Checks.Count(c => c.Status == CheckStatus.Fail),
        ];
    }

    private static (string? Start, string? End) Dates(Period? p) => p switch
    {
        Duration d => (Date(d.Start), Date(d.End)),
        Instant i => (null, Date(i.Date)),
        _ => (null, null),
    };

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private IEnumerable<SqlCommand> Commands => [_byHash, _byPath, _insertRelease, _insertReleaseWithId, .. _deletes];

    private IEnumerable<RowInserter> Inserters => [_document, _statement, _column, _row, _fact, _check, _diagnostic, _split, _call, _event, _guidance, _cautionary];

    public void Dispose()
    {
        _companies.Dispose();
        foreach (var c in Commands) c.Dispose();
        foreach (var r in Inserters) r.Dispose();
    }
}
