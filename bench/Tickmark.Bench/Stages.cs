using System.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Bench;

/// <summary>Time spent in each stage of the flow, over the whole corpus, to see where extraction goes.</summary>
public static class Stages
{
    public static void Run(List<(string Path, byte[] Bytes)> files)
    {
        var times = new double[9];
        var cpu = TimeSpan.Zero;
        for (var round = 0; round < 40; round++)
        {
            // CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns.
            if (round == 10) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var (path, bytes) in files)
            {
                var sw = Stopwatch.StartNew();
                var decoded = TextDecoder.Decode(bytes);
                var doc = new SourceDocument(path, decoded.Text, TextDecoder.Sha256Hex(bytes));
                var t0 = sw.Elapsed.TotalMilliseconds;
                var lines = LineView.Of(LineClassifier.Classify(doc));
                var t1 = sw.Elapsed.TotalMilliseconds;
                var regions = TableLocator.Locate(lines);
                var t2 = sw.Elapsed.TotalMilliseconds;
                var grids = regions.Select(r => TextTableReader.Read(lines, r)).ToList();
                var t3 = sw.Elapsed.TotalMilliseconds;
                var facts = new List<Tickmark.Facts.Fact>();
                var statements = new List<Statement>();
                foreach (var g in grids.Where(g => g.Rows.Count >= 2))
                    statements.Add(Tickmark.Facts.TableFactBuilder.Build(g, statements.Count, facts, [], Tickmark.Concepts.ConceptMap.Default));
                var t4 = sw.Elapsed.TotalMilliseconds;
                var blocks = Tickmark.Blocks.BlockSplitter.Split(doc, lines, grids.Select(g => g.Region).ToList());
                var t5 = sw.Elapsed.TotalMilliseconds;
                var release = Tickmark.Releases.ReleaseInfoReader.Read(doc, blocks, statements);
                var t6 = sw.Elapsed.TotalMilliseconds;
                Tickmark.Narrative.NarrativeFactBuilder.Build(doc, blocks, release.FiscalPeriod, facts, Tickmark.Concepts.ConceptMap.Default);
                var t7 = sw.Elapsed.TotalMilliseconds;
                Tickmark.Checks.CheckRunner.Run(statements, facts);
                var t8 = sw.Elapsed.TotalMilliseconds;
                if (round < 10) continue;
                times[0] += t0; times[1] += t1 - t0; times[2] += t2 - t1; times[3] += t3 - t2; times[4] += t4 - t3; times[5] += t5 - t4; times[6] += t6 - t5;
                times[7] += t7 - t6; times[8] += t8 - t7;
            }
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        string[] names = ["decode", "classify lines", "locate tables", "read grids", "facts", "blocks", "release info", "prose figures", "checks"];
        for (var i = 0; i < names.Length; i++) Console.WriteLine($"{names[i],-16} {times[i] / 30:F2} ms per corpus pass");
        var mb = files.Sum(f => f.Bytes.Length) / 1e6;
        Console.WriteLine($"total            {times.Sum() / 30:F2} ms wall, {cpu.TotalMilliseconds / 30:F2} ms CPU (process) per pass of {mb:F2} MB: " +
            $"{mb * 30 / cpu.TotalSeconds:F2} MB/s of CPU; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }
}

public static class FactStages
{
    public static void Run(List<(string Path, byte[] Bytes)> files)
    {
        var grids = new List<TableGrid>();
        foreach (var (path, bytes) in files)
        {
            var doc = new SourceDocument(path, TextDecoder.Decode(bytes).Text, "");
            var lines = LineView.Of(LineClassifier.Classify(doc));
            grids.AddRange(TableLocator.Locate(lines).Select(r => TextTableReader.Read(lines, r)).Where(g => g.Rows.Count >= 2));
        }
        var t = new double[4];
        var build = 0.0;
        for (var round = 0; round < 40; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var g in grids) Tickmark.Concepts.StatementKindClassifier.Classify(g);
            var a = sw.Elapsed.TotalMilliseconds;
            foreach (var g in grids) Tickmark.Periods.HeaderPeriodReader.Read(g, Tickmark.Concepts.StatementKind.IncomeStatement, []);
            var b = sw.Elapsed.TotalMilliseconds;
            foreach (var g in grids) Tickmark.Units.ScaleNote.Read(g.TitleText);
            foreach (var g in grids) foreach (var r in g.Rows) Tickmark.Units.RowUnitClassifier.ClassifyRow(r.Label, r.Section, Tickmark.Units.ScaleNote.None);
            var c = sw.Elapsed.TotalMilliseconds;
            foreach (var g in grids) foreach (var r in g.Rows) Tickmark.Concepts.ConceptMap.Default.Find(r.Label, r.Section, Tickmark.Concepts.StatementKind.IncomeStatement, Tickmark.Units.Unit.Usd);
            var d = sw.Elapsed.TotalMilliseconds;
            var facts = new List<Tickmark.Facts.Fact>();
            foreach (var g in grids) Tickmark.Facts.TableFactBuilder.Build(g, 0, facts, [], Tickmark.Concepts.ConceptMap.Default);
            var e = sw.Elapsed.TotalMilliseconds;
            if (round >= 10) build += e - d;
            if (round < 10) continue;
            t[0] += a; t[1] += b - a; t[2] += c - b; t[3] += d - c;
        }
        Console.WriteLine($"{grids.Count} grids: kind {t[0] / 30:F2} ms, periods {t[1] / 30:F2} ms, units {t[2] / 30:F2} ms, concepts {t[3] / 30:F2} ms, build {build / 30:F2} ms");
    }
}
