using System.CommandLine;
using Tickmark.Store.Output;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark compare TICKER [--format text|json]</c>: each release figure against the 10-Q/10-K fact with
/// the same element, period and dimensions (agrees, within rounding, differs, missing on either side), with
/// summary counts. Exit 0 whatever the comparison finds; 1 when the company is not in the database.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var company = new Argument<string>("TICKER") { Description = "The company: ticker, or key or name as 'tickmark companies' lists it" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("compare", "Compare a company's releases with its 10-Q/10-K XBRL filings") { company, format };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(company)!, result.GetValue(format)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string company, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            if (store.Comparison.Compare(company) is not { } found)
            {
                stderr.WriteLine($"tickmark: no company '{company}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return 1;
            }
            stdout.Write(format == "json"
                ? ComparisonJsonWriter.ToJson(found.Company, found.Comparison, found.Releases, found.Filings) + "\n"
                : ComparisonTextRenderer.Render(found.Company, found.Comparison, found.Releases, found.Filings));
            return 0;
        });
}
