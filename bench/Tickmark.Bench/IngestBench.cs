using System.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Store.Writing;

namespace Tickmark.Bench;

/// <summary>
/// Ingest throughput into a fresh SQLite file: at least <c>count</c> distinct releases (copies of the
/// corpus and seed releases, each with a line naming the copy appended) in a temporary directory,
/// ingested as <c>tickmark ingest</c> does; then the two stages alone (parsing on all cores, writing
/// pre-parsed releases on one thread) to show which one bounds the rate.
/// </summary>
public static class IngestBench
{
    public static void Run(int count, bool stages)
    {
        var dir = Directory.CreateTempSubdirectory("tickmark-bench-").FullName;
        try
        {
            var files = MakeCopies(Path.Combine(dir, "releases"), count);
            var mb = files.Sum(f => new FileInfo(f).Length) / 1e6;
            Console.WriteLine($"{files.Count} distinct releases, {mb:F1} MB, {Environment.ProcessorCount} cores");

            var db = Path.Combine(dir, "bench.db");
            IngestSummary summary;
            var cpu = Cpu();
            using (var store = TickmarkStore.OpenFile(db))
                summary = new ReleaseIngestor(store).Run(files);
            cpu = Cpu() - cpu;
            Console.WriteLine($"ingest: {summary.Total} releases in {summary.Elapsed.TotalSeconds:F1} s = {summary.PerSecond:F0} releases/s " +
                $"({summary.Added} added, {summary.Failed} failed); database {new FileInfo(db).Length / 1e6:F0} MB");
            // The machine may be shared: CPU time says what the run cost whatever else was running.
            Console.WriteLine($"  CPU {cpu:F1} s = {summary.Total / cpu:F0} releases per CPU-second; load average {LoadAverage()}");
            if (stages) Stages(files.Take(2000).ToList(), Path.Combine(dir, "stages.db"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>At least <paramref name="count"/> distinct copies of the corpus and seed text releases, numbered from copy <paramref name="start"/>.</summary>
    public static List<string> MakeCopies(string dir, int count, int start = 0)
    {
        Directory.CreateDirectory(dir);
        var sources = Corpus.Load([Corpus.DefaultTextDir, Corpus.SeedsDir]);
        var files = new List<string>(count + sources.Count);
        for (var i = start; files.Count < count; i++)
        {
            foreach (var (path, bytes) in sources)
            {
                var copy = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(path)}.copy{i:D5}.txt");
                File.WriteAllBytes(copy, [.. bytes, .. System.Text.Encoding.ASCII.GetBytes($"\nCopy {i} of this release.\n")]);
                files.Add(copy);
            }
        }
        return files;
    }

    private static void Stages(List<string> files, string db)
    {
        var extractor = new Extractor();
        var inputs = files.Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var results = new ExtractionResult[inputs.Count];
        Parallel.For(0, inputs.Count, i => results[i] = extractor.ExtractBytes(inputs[i].Path, inputs[i].Bytes));
        Console.WriteLine($"parse only, all cores: {inputs.Count / clock.Elapsed.TotalSeconds:F0} releases/s, {inputs.Count / (Cpu() - cpu):F0} per CPU-second");

        using var store = TickmarkStore.OpenFile(db);
        using var connection = store.Connect();
        using var writer = new ReleaseWriter(connection, store.Dialect);
        clock.Restart();
        cpu = Cpu();
        for (var b = 0; b < results.Length; b += 64)
        {
            using var tx = connection.BeginTransaction();
            writer.Transaction = tx;
            for (var i = b; i < Math.Min(results.Length, b + 64); i++) writer.Write(inputs[i].Path, results[i].Document.Sha256, results[i], reparse: false);
            writer.Flush();
            tx.Commit();
        }
        Console.WriteLine($"write only, one thread: {results.Length / clock.Elapsed.TotalSeconds:F0} releases/s " +
            $"({results.Sum(r => r.Facts.Count) / clock.Elapsed.TotalSeconds:F0} facts/s), {results.Length / (Cpu() - cpu):F0} per CPU-second");
    }
}
