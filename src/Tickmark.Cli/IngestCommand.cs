using System.CommandLine;
using Spectre.Console;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark ingest PATH... [--db FILE | --pg CONN] [--reparse]</c>: reads releases into the
/// database. Exit 0 when every release was stored readable; 1 when a path is missing or any
/// release could not be read (each is stored as failed with its diagnostic and named on stderr);
/// 2 when the database cannot be opened or written.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Release files or directories of releases", Arity = ArgumentArity.OneOrMore };
        var reparse = new Option<bool>("--reparse") { Description = "Read again the releases stored by another parser version" };
        var maxSize = SizeOption.Create();
        var store = new StoreOptions();
        var command = new Command("ingest", "Read releases into the database (parallel, batched; re-runs skip what is stored)") { paths, reparse, maxSize };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(paths)!, store.From(result), result.GetValue(reparse), Console.Out, Console.Error,
            interactive: !Console.IsOutputRedirected, maxBytes: result.GetValue(maxSize)));
        return command;
    }

    public static int Run(IEnumerable<string> paths, StoreChoice choice, bool reparse, TextWriter stdout, TextWriter stderr, bool interactive = false,
        long maxBytes = BoundedFile.DefaultMaxBytes)
    {
        var (files, errors) = InputFiles.Expand(paths, stderr);
        foreach (var e in errors) stderr.WriteLine($"tickmark: {e}");
        return StoreCommand.Run(choice, create: true, stderr, store =>
        {
            var ingestor = new ReleaseIngestor(store, new IngestOptions(Reparse: reparse, MaxBytes: maxBytes));
            var summary = interactive ? WithProgressBar(ingestor, files) : WithProgressLines(ingestor, files, stdout);
            foreach (var f in summary.Failures) stderr.WriteLine($"tickmark: {f.Message}");
            stdout.WriteLine($"{Counted.Of(summary.Total, "release")} in {summary.Elapsed.TotalSeconds:F1} s ({summary.PerSecond:F0}/s) into {store.Dialect.Describe}: " +
                $"{summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Failed} failed");
            return errors.Count > 0 || summary.Failed > 0 ? 1 : 0;
        });
    }

    private static IngestSummary WithProgressBar(ReleaseIngestor ingestor, IReadOnlyList<string> files)
    {
        IngestSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"0/{files.Count} releases", maxValue: Math.Max(1, files.Count));
                summary = ingestor.Run(files, p =>
                {
                    task.Value = p.Done;
                    task.Description = $"{p.Done}/{p.Total} releases, {p.PerSecond:F0}/s, {p.Failed} failed";
                });
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    /// <summary>Output redirected: a plain line every two seconds instead of a bar.</summary>
    private static IngestSummary WithProgressLines(ReleaseIngestor ingestor, IReadOnlyList<string> files, TextWriter stdout)
    {
        var last = TimeSpan.Zero;
        return ingestor.Run(files, p =>
        {
            if (p.Elapsed - last < TimeSpan.FromSeconds(2) || p.Done == p.Total) return;
            last = p.Elapsed;
            stdout.WriteLine($"ingest: {p.Done}/{p.Total} releases, {p.PerSecond:F0}/s, {p.Failed} failed");
            stdout.Flush();
        });
    }
}
