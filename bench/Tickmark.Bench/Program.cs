using BenchmarkDotNet.Running;
using Tickmark.Bench;

// `throughput [text] [html] [ingest]`: the CLI's extract against wc -w and pandas.read_html, in-process MB/s, ingest releases/s and peak memory.
// `ingest [COUNT] [--stages]`: releases/s of ingest into a fresh SQLite file (at least COUNT, default 10,000, distinct releases).
// `load [--db FILE] [--requests N] [--concurrency C]`: the web server under load (requests/s, p50/p99, errors, memory).
// `synthetic-db FILE [RELEASES]`: a database of RELEASES (default 100,000) copies of the seeds, 80 quarters a company.
// `series [FILE] [RELEASES]`: warm series and company page times on that database (made first when missing).
// Anything else goes to BenchmarkDotNet (e.g. `--filter *`).
if (args is ["stages", "html"])
{
    HtmlStages.Run(Corpus.Load([Corpus.DefaultHtmlDir]));
    HtmlTableStages.Run(Corpus.Load([Corpus.DefaultHtmlDir]));
    return 0;
}
if (args.Length > 0 && args[0] == "stages")
{
    Stages.Run(Corpus.Load([Corpus.DefaultTextDir]));
    FactStages.Run(Corpus.Load([Corpus.DefaultTextDir]));
    return 0;
}
if (args.Length > 0 && args[0] == "ingest")
{
    var count = args.Skip(1).Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty(10_000).First();
    IngestBench.Run(count, stages: args.Contains("--stages"));
    return 0;
}
if (args.Length > 0 && args[0] == "load")
{
    string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    await LoadBench.Run(Option("--db"), int.Parse(Option("--requests") ?? "20000"), int.Parse(Option("--concurrency") ?? "32"));
    return 0;
}
if (args is ["synthetic-db", var file, ..])
{
    SyntheticStore.Create(file, args.Length > 2 ? int.Parse(args[2]) : 100_000);
    return 0;
}
if (args.Length > 0 && args[0] == "series")
{
    LoadBench.Series(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "tickmark-synthetic-100k.db"), args.Length > 2 ? int.Parse(args[2]) : 100_000);
    return 0;
}
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(ExtractBenchmarks).Assembly).Run(args);
return 0;
