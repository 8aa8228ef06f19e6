using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Releases;
using Tickmark.Store.Writing;
using Tickmark.Text;

namespace Tickmark.Store.Ingest;

/// <summary>
/// Reads many releases into the store: files are hashed and parsed in parallel on all cores, and
/// one writer stores them in batched transactions. A batch commits whole, so a process killed
/// mid-run leaves every release complete or absent, and a re-run skips what is stored (same
/// content hash) and does the rest. A file that cannot be read is stored as a failed release with
/// its diagnostic, and the run goes on.
/// </summary>
public sealed class ReleaseIngestor(TickmarkStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    private readonly Extractor _extractor = new(maxBytes: (options ?? new IngestOptions()).MaxBytes);

    public IngestSummary Run(IReadOnlyList<string> files, Action<IngestProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var known = KnownContent();
        var channel = Channel.CreateBounded<ReadRelease>(new BoundedChannelOptions(Math.Max(64, 8 * _options.WorkerCount)) { SingleReader = true });
        // A writer that stops (a full disk) stops the readers too, rather than leaving them waiting on the channel.
        using var stop = new CancellationTokenSource();
        var parsing = Task.Run(async () =>
        {
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.WorkerCount, CancellationToken = stop.Token };
                await Parallel.ForEachAsync(files, parallel, async (file, token) => await channel.Writer.WriteAsync(Read(file, known), token));
                channel.Writer.Complete();
            }
            catch (Exception e) { channel.Writer.Complete(e); }
        });

        var tally = new Tally();
        using (var connection = store.Connect())
        using (var writer = new ReleaseWriter(connection, store.Dialect))
        {
            var batch = new List<ReadRelease>(_options.MaxBatch);
            try
            {
                while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    while (batch.Count < _options.MaxBatch && channel.Reader.TryRead(out var item)) batch.Add(item);
                    WriteBatch(connection, writer, batch, tally);
                    batch.Clear();
                    progress?.Invoke(new IngestProgress(tally.Done, files.Count, tally.Failures.Count, clock.Elapsed));
                }
                parsing.GetAwaiter().GetResult();
                RefreshCompanyNames(connection);
            }
            catch (StoreFullException full)
            {
                stop.Cancel();
                throw new StoreException($"{store.Dialect.Describe}: disk full while storing {full.Path}; {Counted.Of(full.Stored, "release")} stored, nothing half-written", full.InnerException);
            }
            catch (Exception e) when (IsFull(e))
            {
                stop.Cancel();
                throw new StoreException($"{store.Dialect.Describe}: disk full; {Counted.Of(tally.Added + tally.Replaced, "release")} stored, nothing half-written", e);
            }
            catch (Exception e) when (TickmarkStore.IsDatabaseError(e)) { stop.Cancel(); throw TickmarkStore.Wrap(store.Dialect, e); }
            catch { stop.Cancel(); throw; }
        }
        return new IngestSummary(files.Count, tally.Added, tally.Replaced, tally.Unchanged, tally.Failures.Count, clock.Elapsed, tally.Failures);
    }

    /// <summary>The parallel stage: hash the bytes; parse unless the same content is stored (and, for a reparse, by this parser).</summary>
    private ReadRelease Read(string file, IReadOnlyDictionary<string, Known> known)
    {
        var path = Path.GetFullPath(file);
        var (bytes, problem) = Extractor.ReadFile(path, _options.MaxBytes);
        if (bytes is null) return new ReadRelease(path, "unread:" + path, ExtractionResult.Unreadable(path, problem!));
        var hash = TextDecoder.Sha256Hex(bytes);
        if (known.TryGetValue(hash, out var k) && (!_options.Reparse || k.ParserVersion == ParserVersion.Current))
            return new ReadRelease(path, hash, null, k.Error);
        return new ReadRelease(path, hash, _extractor.ExtractBytes(path, bytes));
    }

    private void WriteBatch(DbConnection connection, ReleaseWriter writer, List<ReadRelease> batch, Tally tally)
    {
        foreach (var skipped in batch.Where(b => b.Result is null)) tally.Count(skipped, WriteOutcome.Unchanged);
        var work = batch.Where(b => b.Result is not null).ToList();
        if (work.Count == 0) return;
        try
        {
            var outcomes = InTransaction(connection, writer, () => work.Select(w => writer.Write(w.Path, w.ContentHash, w.Result!, _options.Reparse).Outcome).ToList());
            for (var i = 0; i < work.Count; i++) tally.Count(work[i], outcomes[i]);
        }
        catch (DbException e) when (work.Count > 1 || IsFull(e))
        {
            // One release the database refuses must not cost the others: store them one by one
            // (on a full disk, up to the one that does not fit, which is then named).
            foreach (var w in work) WriteOne(connection, writer, w, tally);
        }
        catch (DbException e)
        {
            WriteOne(connection, writer, work[0], tally, e);
        }
    }

    private void WriteOne(DbConnection connection, ReleaseWriter writer, ReadRelease item, Tally tally, DbException? already = null)
    {
        if (already is null)
        {
            try
            {
                tally.Count(item, InTransaction(connection, writer, () => writer.Write(item.Path, item.ContentHash, item.Result!, _options.Reparse).Outcome));
                return;
            }
            catch (DbException e) when (IsFull(e))
            {
                throw new StoreFullException(item.Path, tally.Added + tally.Replaced, e);
            }
            catch (DbException e) { already = e; }
        }
        else if (IsFull(already)) throw new StoreFullException(item.Path, tally.Added + tally.Replaced, already);
        var failed = ExtractionResult.Unreadable(item.Path, StoreDiagnostics.CannotStore(item.Path, TickmarkStore.OneLine(already)));
        var stored = item with { Result = failed };
        tally.Count(stored, InTransaction(connection, writer, () => writer.Write(item.Path, item.ContentHash, failed, reparse: true).Outcome));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. When it fails the transaction is rolled back;
    /// the database may have rolled it back itself (a full disk), and that second failure never
    /// hides the first.
    /// </summary>
    private static T InTransaction<T>(DbConnection connection, ReleaseWriter writer, Func<T> work)
    {
        var tx = connection.BeginTransaction();
        writer.Transaction = tx;
        try
        {
            var result = work();
            writer.Flush();
            tx.Commit();
            return result;
        }
        catch
        {
            writer.Discard();
            try { tx.Rollback(); } catch (Exception e) when (e is DbException or InvalidOperationException) { }
            throw;
        }
        finally
        {
            writer.Transaction = null;
            try { tx.Dispose(); } catch (Exception e) when (e is DbException or InvalidOperationException) { }
        }
    }

    /// <summary>The database or its disk is full: SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100).</summary>
    internal static bool IsFull(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } || e is DbException { SqlState: "53100" };

    /// <summary>The release that did not fit, and how many this run stored before it.</summary>
    private sealed class StoreFullException(string path, int stored, Exception inner) : Exception($"disk full while storing {path}", inner)
    {
        public string Path { get; } = path;
        public int Stored { get; } = stored;
    }

    private Dictionary<string, Known> KnownContent()
    {
        var known = new Dictionary<string, Known>(StringComparer.Ordinal);
        using var connection = store.Connect();
        using var c = connection.CreateCommand();
        c.CommandText = "SELECT content_hash, parser_version, error FROM releases";
        using var r = c.ExecuteReader();
        while (r.Read()) known[r.GetString(0)] = new Known(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
        return known;
    }

    /// <summary>Each company's name is the one most of its releases give (a stray word before the name in one release does not stick).</summary>
    private static void RefreshCompanyNames(DbConnection connection)
    {
        using var c = connection.CreateCommand();
        c.CommandText = """
            UPDATE companies SET name = COALESCE((
                SELECT r.company_name FROM releases r
                WHERE r.company_id = companies.id AND r.company_name IS NOT NULL
                GROUP BY r.company_name ORDER BY COUNT(*) DESC, MAX(r.period_end) DESC LIMIT 1), name)
            """;
        c.ExecuteNonQuery();
    }

    private sealed record Known(string ParserVersion, string? Error);

    private sealed class Tally
    {
        public int Added, Replaced, Unchanged, Done;
        public List<IngestFailure> Failures { get; } = [];

        public void Count(ReadRelease item, WriteOutcome outcome)
        {
            Done++;
            switch (outcome)
            {
                case WriteOutcome.Added: Added++; break;
                case WriteOutcome.Replaced: Replaced++; break;
                default: Unchanged++; break;
            }
            var error = item.Result is { Failed: true } r
                ? r.Diagnostics.First(d => d.Severity == Severity.Error).Message
                : item.Result is null ? item.StoredError : null;
            if (error is not null) Failures.Add(new IngestFailure(item.Path, error));
        }
    }
}
