using System.CommandLine;
using Spectre.Console;
using Tickmark.Fetch;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark fetch TICKER|CIK... [--from DATE] [--to DATE] [--out DIR] [--ingest [--db|--pg]] [--dry-run]</c>
/// and <c>tickmark fetch --index YEAR[Qn]</c>: downloads the earnings releases from EDGAR into an
/// archive laid out as EDGAR's paths. Exit 0 when every filing was fetched, 1 when a filing failed
/// or a company is unknown, 2 for a usage error, EDGAR refusing the client or a database error.
/// </summary>
public static class FetchCommand
{
    public static Command Create()
    {
        var companies = new Argument<string[]>("COMPANY") { Description = "Tickers (AAPL) or CIKs (320193)", Arity = ArgumentArity.ZeroOrMore };
        var index = new Option<string?>("--index") { Description = "Every company's earnings releases of a quarter (2004Q3) or year (2004), from EDGAR's full index" };
        var from = new Option<string?>("--from") { Description = "First filing date (yyyy-MM-dd or a year; default 1993)" };
        var to = new Option<string?>("--to") { Description = "Last filing date (yyyy-MM-dd or a year; default today)" };
        var output = new Option<string>("--out") { Description = $"The archive's root (default {FetchArguments.DefaultOut})", DefaultValueFactory = _ => FetchArguments.DefaultOut };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be fetched; download no filing" };
        var ingest = new Option<bool>("--ingest") { Description = "Store the releases fetched in the database, as 'tickmark ingest' does" };
        var agent = new Option<string?>("--user-agent") { Description = $"Who you are, with a contact e-mail, as EDGAR asks (default ${Fetch.FetchOptions.UserAgentVariable})" };
        var baseUrl = new Option<string?>("--base-url") { Description = $"A mirror of EDGAR's paths to fetch from instead (default ${EdgarAddress.EnvironmentVariable}, else sec.gov)" };
        var workers = new Option<int>("--workers") { Description = "Filings downloaded at once (default 4; the rate stays at most 10 requests a second)", DefaultValueFactory = _ => 4 };
        var store = new StoreOptions();
        var command = new Command("fetch", "Download earnings releases (8-K items 2.02/12, results exhibits, 6-K) from EDGAR, politely and resumably")
            { companies, index, from, to, output, dryRun, ingest, agent, baseUrl, workers };
        store.AddTo(command);
        command.SetAction(result => Run(new FetchArguments
        {
            Companies = result.GetValue(companies) ?? [],
            Index = result.GetValue(index),
            From = result.GetValue(from),
            To = result.GetValue(to),
            Out = result.GetValue(output)!,
            DryRun = result.GetValue(dryRun),
            Ingest = result.GetValue(ingest),
            Store = store.From(result),
            UserAgent = result.GetValue(agent),
            BaseUrl = result.GetValue(baseUrl),
            Workers = result.GetValue(workers),
        }, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected));
        return command;
    }

    public static int Run(FetchArguments arguments, TextWriter stdout, TextWriter stderr, bool interactive = false,
        Func<string, string?>? environment = null, Func<FetchOptions, FetchOptions>? tune = null)
    {
        var (request, options, error) = arguments.Read(environment ?? Environment.GetEnvironmentVariable);
        if (error is not null)
        {
            stderr.WriteLine($"tickmark: fetch: {error}");
            return 2;
        }
        var fetcher = new Fetcher(tune is null ? options! : tune(options!));
        FetchSummary summary;
        try
        {
            summary = interactive ? WithProgressBar(fetcher, request!) : WithProgressLines(fetcher, request!, stdout);
        }
        catch (FetchException e)
        {
            stderr.WriteLine($"tickmark: fetch: {e.Message}");
            return 2;
        }
        foreach (var p in summary.Problems) stderr.WriteLine($"tickmark: fetch: {p}");
        foreach (var f in summary.Failures) stderr.WriteLine($"tickmark: fetch: {f.Accession}: {f.Message}");
        if (request!.DryRun) FetchReport.DryRun(summary, stdout);
        stdout.WriteLine(FetchReport.Summary(summary, request));
        var status = summary.Problems.Count > 0 || summary.Failures.Count > 0 ? 1 : 0;
        if (!arguments.Ingest || request.DryRun || summary.ReleaseFiles.Count == 0) return status;
        return Math.Max(status, IngestCommand.Run(summary.ReleaseFiles, arguments.Store, false, stdout, stderr, interactive));
    }

    private static FetchSummary WithProgressBar(Fetcher fetcher, FetchRequest request)
    {
        FetchSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("listing", maxValue: 1);
                summary = fetcher.RunAsync(request, p =>
                {
                    task.MaxValue = Math.Max(1, p.Found);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(FetchReport.Progress(p));
                }).GetAwaiter().GetResult();
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    /// <summary>Output redirected: a plain line every two seconds instead of a bar.</summary>
    private static FetchSummary WithProgressLines(Fetcher fetcher, FetchRequest request, TextWriter stdout)
    {
        var last = TimeSpan.Zero;
        return fetcher.RunAsync(request, p =>
        {
            if (p.Elapsed - last < TimeSpan.FromSeconds(2)) return;
            last = p.Elapsed;
            stdout.WriteLine("fetch: " + FetchReport.Progress(p));
            stdout.Flush();
        }).GetAwaiter().GetResult();
    }
}
