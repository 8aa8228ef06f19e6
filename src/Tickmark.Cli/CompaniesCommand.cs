using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary><c>tickmark companies [--format text|json]</c>: every company with its releases, the periods they cover and their checks.</summary>
public static class CompaniesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("companies", "List the companies in the database") { format };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(format)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var companies = store.Reader.Companies().Select(store.Series.WithCrossChecks).ToList();
            if (format == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(companies.Select(c => new
                {
                    c.Key, c.Ticker, c.Name, c.Exchange, c.Cik, c.Releases, c.FailedReleases,
                    FirstPeriodEnd = c.FirstPeriodEnd?.ToString("yyyy-MM-dd"), LastPeriodEnd = c.LastPeriodEnd?.ToString("yyyy-MM-dd"),
                    c.ChecksPassed, c.ChecksRounding, c.ChecksFailed,
                    CrossReleaseChecksPassed = c.CrossChecks.Passed, CrossReleaseChecksRounding = c.CrossChecks.Rounding, CrossReleaseChecksFailed = c.CrossChecks.Failed,
                    c.CheckPassShare,
                }), CliJson.Options));
                return 0;
            }
            var rows = companies.Select(c => new[]
            {
                c.Ticker ?? c.Key, c.DisplayName, c.Exchange ?? "", c.Releases.ToString(CultureInfo.InvariantCulture) + (c.FailedReleases > 0 ? $" ({c.FailedReleases} failed)" : ""),
                $"{c.FirstPeriodEnd:yyyy-MM-dd}..{c.LastPeriodEnd:yyyy-MM-dd}",
                c.CheckPassShare is null ? "-" : c.CheckPassText,
            }).ToList();
            stdout.Write(TextTable.Render(["company", "name", "exchange", "releases", "periods", "checks pass"], rows));
            var orphans = store.Reader.ReleasesWithoutCompany();
            if (orphans.Count > 0) stdout.WriteLine($"{Counted.Of(orphans.Count, "release")} {(orphans.Count == 1 ? "names" : "name")} no company ({orphans.Count(o => o.Failed)} could not be read); 'tickmark releases --unassigned' lists them");
            return 0;
        });
}
