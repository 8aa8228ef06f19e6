using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Tickmark.Extraction;

namespace Tickmark.Bench;

/// <summary>
/// The issue-12 figures side by side, each as a ratio to the tool it is measured against, as a user runs
/// the tools: <c>tickmark extract DIR --format jsonl</c> (the built CLI, output to /dev/null) on about
/// 40 MB of text releases against <c>wc -w</c> on the same files, and in process on one core; on the HTML
/// releases against <c>pandas.read_html</c> (lxml) reading their tables (and edgartools when importable);
/// <c>tickmark ingest</c> of 1,000 and 20,000 distinct releases into SQLite (and PostgreSQL when
/// <c>TICKMARK_TEST_PG</c> is set, in a schema of its own) with the process's peak resident memory.
/// Every external run is timed by <c>/usr/bin/time</c>: wall and CPU seconds, peak RSS. The load average
/// is printed with each figure, since the machine may be shared.
/// </summary>
public static class Throughput
{
    private const long TextTarget = 40_000_000;
    private const long HtmlTarget = 25_000_000;

    /// <summary>Runs the sections named (<c>text</c>, <c>html</c>, <c>ingest</c>; all when none is named).</summary>
    public static int Run(string[] args)
    {
        var sections = args.Where(a => !a.StartsWith("--")).ToHashSet();
        var all = sections.Count == 0;
        if (!File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine("throughput: /usr/bin/time is needed (apt-get install time)");
            return 1;
        }
        var cli = Cli();
        if (cli is null) return 1;
        var dir = Directory.CreateTempSubdirectory("tickmark-throughput-").FullName;
        try
        {
            Console.WriteLine($"{Environment.ProcessorCount} cores; CLI {cli}");
            if (sections.Contains("inprocess")) InProcessOnly();
            if (all || sections.Contains("text")) Text(cli, Path.Combine(dir, "text"));
            if (all || sections.Contains("html")) Html(cli, Path.Combine(dir, "html"));
            if (all || sections.Contains("ingest")) Ingest(cli, Path.Combine(dir, "ingest"));
        }
        finally { Directory.Delete(dir, recursive: true); }
        return 0;
    }

    private static void Text(string cli, string dir)
    {
        var sources = Corpus.Load([Corpus.DefaultTextDir, Corpus.SeedsDir]);
        var bytes = Copy(sources, dir, TextTarget);
        Console.WriteLine();
        Console.WriteLine($"text: {Directory.GetFiles(dir).Length:N0} files (copies of the seeds and corpus/text), {bytes / 1e6:F1} MB");
        var wc = Best(3, () => Timed("/bin/sh", "-c", $"find '{dir}' -type f -print0 | xargs -0 wc -w > /dev/null"));
        var extract = Best(1, () => Timed(cli, "extract", dir, "--format", "jsonl"));
        Report("wc -w", wc, bytes);
        Report("tickmark extract --format jsonl", extract, bytes);
        Console.WriteLine($"  ratio: extract takes {extract.Wall / wc.Wall:F1}x the time of wc -w (target at most 4x), " +
            $"{bytes / 1e6 / extract.Wall:F1} MB/s (target at least 50)");
        var (mbs, allocated, load) = InProcess(sources);
        Console.WriteLine($"  in process, 1 core (prose, facts, checks): {mbs:F1} MB/s (target at least 50), {allocated:F1} MB allocated per MB read; load {load}");
    }

    private static void InProcessOnly()
    {
        var (mbs, allocated, load) = InProcess(Corpus.Load([Corpus.DefaultTextDir, Corpus.SeedsDir]));
        Console.WriteLine($"text in process, 1 core: {mbs:F1} MB/s, {allocated:F1} MB allocated per MB read; load {load}");
    }

    private static void Html(string cli, string dir)
    {
        var sources = Corpus.Load([Corpus.DefaultHtmlDir]);
        var bytes = Copy(sources, dir, HtmlTarget);
        Console.WriteLine();
        Console.WriteLine($"html: {Directory.GetFiles(dir).Length:N0} files (copies of corpus/html), {bytes / 1e6:F1} MB");
        var extract = Best(1, () => Timed(cli, "extract", dir, "--format", "jsonl"));
        Report("tickmark extract --format jsonl", extract, bytes);
        var tickmarkRate = bytes / 1e6 / extract.Wall;
        if (!Python("import pandas, lxml"))
        {
            Console.WriteLine("  pandas.read_html: skipped, /usr/bin/python3 has no pandas or lxml (apt-get install python3-pandas python3-lxml)");
            return;
        }
        // The script reads the files into memory first and times only parsing (so its rate is the most it can reach).
        var script = Path.Combine(Corpus.RepoRoot, "bench", "pandas_read_html.py");
        var pandas = Output("/usr/bin/python3", script, Corpus.DefaultHtmlDir);
        var line = pandas.Split('\n').LastOrDefault(l => l.Contains("MB/s")) ?? "";
        Console.WriteLine($"  {line.Trim()}; load {LoadAverage()}");
        if (ParseRate(line) is { } pandasRate)
            Console.WriteLine($"  ratio: extract reads {tickmarkRate / pandasRate:F1}x as fast as pandas.read_html (target at least 5x)");
        Console.WriteLine(Python("import edgar")
            ? "  edgartools: importable, but no release-table run is wired here"
            : "  edgartools: skipped, not installed for /usr/bin/python3");
    }

    private static void Ingest(string cli, string dir)
    {
        // Two folders: the first 1,000 releases, and 19,000 more; ingesting both is the 20,000 run.
        var first = Path.Combine(dir, "first");
        var rest = Path.Combine(dir, "rest");
        var made = IngestBench.MakeCopies(first, 1_000, start: 0);
        IngestBench.MakeCopies(rest, 20_000 - made.Count, start: made.Count);
        Console.WriteLine();
        Console.WriteLine($"ingest: distinct copies of the seeds and corpus/text, each with a line naming the copy");
        foreach (var (count, paths) in new[] { (1_000, new[] { first }), (20_000, new[] { first, rest }) })
        {
            var n = paths.Sum(p => Directory.GetFiles(p).Length);
            var db = Path.Combine(dir, $"ingest-{count}.db");
            var run = Timed(cli, ["ingest", .. paths, "--db", db]);
            Console.WriteLine($"  SQLite, {n,6:N0} releases: {n / run.Wall,6:F0} releases/s (target at least 1,000), peak RSS {run.PeakMb:F0} MB; " +
                $"{run.Wall:F1} s, CPU {run.Cpu:F1} s; load {run.Load}");
            File.Delete(db);
        }
        if (Environment.GetEnvironmentVariable("TICKMARK_TEST_PG") is not { Length: > 0 } server)
        {
            Console.WriteLine("  PostgreSQL: skipped, TICKMARK_TEST_PG is not set");
            return;
        }
        foreach (var (count, paths) in new[] { (1_000, new[] { first }), (20_000, new[] { first, rest }) })
        {
            var n = paths.Sum(p => Directory.GetFiles(p).Length);
            var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
            Execute(server, $"CREATE SCHEMA {schema}");
            try
            {
                var pg = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
                var run = Timed(cli, ["ingest", .. paths, "--pg", pg]);
                Console.WriteLine($"  PostgreSQL, {n,6:N0} releases: {n / run.Wall,6:F0} releases/s, peak RSS {run.PeakMb:F0} MB; " +
                    $"{run.Wall:F1} s, CPU {run.Cpu:F1} s; load {run.Load}");
            }
            finally { Execute(server, $"DROP SCHEMA {schema} CASCADE"); }
        }
    }

    /// <summary>Copies of the sources (numbered, so names do not clash) until they hold at least <paramref name="target"/> bytes.</summary>
    private static long Copy(List<(string Path, byte[] Bytes)> sources, string dir, long target)
    {
        Directory.CreateDirectory(dir);
        long total = 0;
        for (var i = 0; total < target; i++)
            foreach (var (path, bytes) in sources)
            {
                File.WriteAllBytes(Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(path)}.{i:D3}{Path.GetExtension(path)}"), bytes);
                total += bytes.Length;
            }
        return total;
    }

    /// <summary>
    /// MB/s of the extractor in this process on one core (per CPU-second), after a warm-up long enough for
    /// the tiered JIT, and the bytes it allocates per byte read (a measure the machine's load does not move).
    /// </summary>
    public static (double MBs, double AllocatedPerByte, string Load) InProcess(List<(string Path, byte[] Bytes)> files)
    {
        var extractor = new Extractor();
        var bytes = files.Sum(f => (long)f.Bytes.Length);
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3)) foreach (var f in files) extractor.ExtractBytes(f.Path, f.Bytes);
        var rounds = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var f in files) extractor.ExtractBytes(f.Path, f.Bytes);
            rounds++;
        }
        // CPU time rather than wall time: on a shared machine one thread may wait for a core.
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return (bytes * rounds / 1e6 / seconds, (double)allocated / (bytes * rounds), LoadAverage());
    }

    private sealed record Timing(double Wall, double Cpu, double PeakMb, string Load);

    private static Timing Best(int times, Func<Timing> run) => Enumerable.Range(0, times).Select(_ => run()).MinBy(r => r.Wall)!;

    private static void Report(string name, Timing run, long bytes) =>
        Console.WriteLine($"  {name}: {run.Wall:F2} s = {bytes / 1e6 / run.Wall:F1} MB/s; CPU {run.Cpu:F2} s, peak RSS {run.PeakMb:F0} MB; load {run.Load}");

    /// <summary>Runs a program with its output sent to /dev/null, timed by /usr/bin/time.</summary>
    private static Timing Timed(string program, params string[] args)
    {
        var times = Path.GetTempFileName();
        try
        {
            var load = LoadAverage();
            var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true };
            foreach (var a in (string[])["-o", times, "-f", "%e %U %S %M", "/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/null", program, .. args])
                start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) Console.Error.WriteLine($"  ({Path.GetFileName(program)} exited {p.ExitCode}: {stderr.Split('\n').FirstOrDefault()})");
            var f = File.ReadAllLines(times).Last().Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            return new Timing(f[0], f[1] + f[2], f[3] / 1024, load);
        }
        finally { File.Delete(times); }
    }

    private static string Output(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output + stderrTask.Result;
    }

    private static bool Python(string code)
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(code);
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0;
    }

    /// <summary>The figure before " MB/s" in the pandas script's line.</summary>
    private static double? ParseRate(string line)
    {
        var at = line.IndexOf(" MB/s", StringComparison.Ordinal);
        if (at < 0) return null;
        var from = line.LastIndexOf(' ', at - 1) + 1;
        return double.TryParse(line[from..at], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static void Execute(string server, string sql)
    {
        using var c = new NpgsqlConnection(server);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private static string LoadAverage() => IngestBench.LoadAverage();

    /// <summary>The Release build of the CLI (built here when it is missing).</summary>
    private static string? Cli()
    {
        var path = Path.Combine(Corpus.RepoRoot, "src", "Tickmark.Cli", "bin", "Release", "net10.0", "tickmark");
        if (File.Exists(path)) return path;
        Console.WriteLine("building the CLI (Release)...");
        Output("dotnet", "build", Path.Combine(Corpus.RepoRoot, "src", "Tickmark.Cli"), "-c", "Release", "-nologo", "-v", "q");
        if (File.Exists(path)) return path;
        Console.Error.WriteLine($"throughput: no CLI at {path}; build it with dotnet build src/Tickmark.Cli -c Release");
        return null;
    }
}
