using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tickmark.Checks;
using Tickmark.Series;
using Tickmark.Store.Reading;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark releases TICKER [--format text|json]</c>: a company's releases in period order, each
/// placed on the company's fiscal calendar, then the checks of its releases against each other.
/// <c>tickmark releases --unassigned</c>: the releases with no company (<see cref="UnassignedReleases"/>).
/// </summary>
public static class ReleasesCommand
{
    public static Command Create()
    {
        var company = new Argument<string?>("TICKER") { Description = "The company: ticker, or key or name as 'tickmark companies' lists it", Arity = ArgumentArity.ZeroOrOne };
        var unassigned = new Option<bool>("--unassigned") { Description = "Instead of a company's: the releases stored with no company (they name none, or could not be read)" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("releases", "List a company's releases and check them against each other, or the releases with no company") { company, unassigned, format };
        store.AddTo(command);
        command.SetAction(result =>
        {
            var (ticker, none) = (result.GetValue(company), result.GetValue(unassigned));
            if (none == ticker is not null) return UsageErrors.Report(Console.Error, "give a TICKER or --unassigned, not both and not neither");
            return none ? UnassignedReleases.Run(result.GetValue(format)!, store.From(result), Console.Out, Console.Error)
                : Run(ticker!, result.GetValue(format)!, store.From(result), Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string company, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var found = store.Reader.FindCompany(company);
            if (found is null)
            {
                stderr.WriteLine($"tickmark: no company '{company}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return 1;
            }
            var releases = store.Reader.Releases(found.Id);
            var calendar = store.Series.Calendar(found.Id);
            var checks = store.Series.CrossReleaseChecks(found.Id);
            if (format == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    Company = new { found.Key, found.Ticker, found.Name, FiscalYearEndMonth = calendar.YearEndMonth },
                    Releases = releases.Select(r => new
                    {
                        r.Id, File = r.Name, Path = r.SourcePath, r.ContentHash, r.Status, r.Error, FiscalPeriod = Fiscal(calendar, r),
                        PeriodEnd = r.PeriodEnd?.ToString("yyyy-MM-dd"), Date = r.Date?.ToString("yyyy-MM-dd"), r.Headline,
                        r.FactCount, r.ChecksPassed, r.ChecksRounding, r.ChecksFailed,
                    }),
                    CrossReleaseChecks = checks.Select(c => new { c.Rule, Status = c.StatusName, c.LineItem, FiscalPeriod = c.Slot.Name, c.Message }),
                }, CliJson.Options));
                return 0;
            }
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(calendar.YearEndMonth);
            stdout.WriteLine($"{found.Ticker ?? found.Key}  {found.DisplayName}  (fiscal year ends in {month})");
            var rows = releases.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), Fiscal(calendar, r) ?? "", $"{r.PeriodEnd:yyyy-MM-dd}", $"{r.Date:yyyy-MM-dd}", r.Name,
                r.FactCount.ToString(CultureInfo.InvariantCulture), $"{r.ChecksPassed}/{r.ChecksRounding}/{r.ChecksFailed}", r.Failed ? "failed: " + r.Error : "ok",
            }).ToList();
            stdout.Write(TextTable.Render(["id", "fiscal", "period end", "date", "file", "facts", "checks p/r/f", "status"], rows, new HashSet<int> { 0, 5 }));
            stdout.WriteLine($"cross-release checks: {checks.Count(c => c.Status == CheckStatus.Pass)} pass, " +
                $"{checks.Count(c => c.Status == CheckStatus.Rounding)} rounding, {checks.Count(c => c.Status == CheckStatus.Fail)} fail");
            foreach (var c in checks.Where(c => c.Status == CheckStatus.Fail)) stdout.WriteLine($"  FAIL {c.Rule}: {c.Message}");
            return 0;
        });

    private static string? Fiscal(FiscalCalendar calendar, ReleaseSummary r) =>
        r.PeriodEnd is { } end && calendar.QuarterEndOf(end) is { } q ? $"FY{q.Year} Q{q.Quarter}" : r.FiscalName;
}
