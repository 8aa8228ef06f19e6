using System.CommandLine;
using Tickmark.Store.Output;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark guidance TICKER [--format text|json]</c>: every guidance figure of a company's stored
/// releases, in release order, each raised, lowered or kept against the company's earlier outlook for
/// the same period, measure, basis and unit (else what its words say, or new). Exit 1 when the
/// company is not stored, 2 for a usage or database error.
/// </summary>
public static class GuidanceCommand
{
    public static Command Create()
    {
        var company = new Argument<string>("TICKER") { Description = "The company: ticker, or key or name as 'tickmark companies' lists it" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("guidance", "A company's guidance across its releases: raised, lowered or kept against its earlier outlook") { company, format };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(company)!, result.GetValue(format)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string company, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            if (store.Reader.FindCompany(company) is not { } found)
            {
                stderr.WriteLine($"tickmark: no company '{company}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return 1;
            }
            var guidance = store.Disclosures.CompanyGuidance(found.Id);
            stdout.Write(format == "json" ? GuidanceJsonWriter.Company(found, guidance) + "\n" : GuidanceText.Render(found, guidance));
            return 0;
        });
}
