using System.CommandLine;
using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Store.Output;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark series TICKER CONCEPT [--quarterly|--annual|--ytd] [--basis gaap|non-gaap] [--format text|json|csv]</c>: a line
/// item's history, every point traced to its source. Exit 1 when the company or the line item is
/// not in the database, 2 for a usage or database error.
/// </summary>
public static class SeriesCommand
{
    public static Command Create()
    {
        var company = new Argument<string>("TICKER") { Description = "The company: ticker, or key or name as 'tickmark companies' lists it" };
        var item = new Argument<string>("CONCEPT") { Description = "A US-GAAP element (Revenues, us-gaap:NetIncomeLoss) or a row label (\"Net revenues\")" };
        var quarterly = new Option<bool>("--quarterly") { Description = "Each fiscal quarter (default)" };
        var annual = new Option<bool>("--annual") { Description = "Each fiscal year" };
        var ytd = new Option<bool>("--ytd") { Description = "Year to date: Q1, Q1-Q2, Q1-Q3, full year" };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var basis = new Option<string>("--basis") { Description = "gaap (default) or non-gaap: a series is of one basis", DefaultValueFactory = _ => "gaap" };
        basis.AcceptOnlyFromAmong("gaap", "non-gaap");
        var store = new StoreOptions();
        var command = new Command("series", "A line item's quarterly, annual or year-to-date series, with sources, derivations and conflicts")
            { company, item, quarterly, annual, ytd, format, basis };
        store.AddTo(command);
        command.SetAction(result =>
        {
            var kinds = new[] { (result.GetValue(quarterly), SeriesKind.Quarterly), (result.GetValue(annual), SeriesKind.Annual), (result.GetValue(ytd), SeriesKind.YearToDate) }
                .Where(k => k.Item1).Select(k => k.Item2).ToList();
            if (kinds.Count > 1)
            {
                Console.Error.WriteLine("tickmark: give one of --quarterly, --annual, --ytd");
                return 2;
            }
            return Run(result.GetValue(company)!, result.GetValue(item)!, kinds.FirstOrDefault(SeriesKind.Quarterly), result.GetValue(format)!,
                store.From(result), Console.Out, Console.Error, result.GetValue(basis) == "non-gaap" ? FactBasis.NonGaap : FactBasis.Gaap);
        });
        return command;
    }

    public static int Run(string company, string lineItem, SeriesKind kind, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr,
        FactBasis basis = FactBasis.Gaap) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var result = store.Series.Series(company, lineItem, kind, basis);
            if (result is null)
            {
                stderr.WriteLine($"tickmark: no company '{company}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return 1;
            }
            if (result.Series.Points.Count == 0)
            {
                var known = store.Series.LineItems(result.Company.Id).Take(8).Select(l => l.Concept?.Replace("us-gaap:", "") ?? $"\"{l.Label}\"").Distinct();
                stderr.WriteLine($"tickmark: {result.Company.Ticker ?? result.Company.Key} has no figures for '{lineItem}'; it has, for example: {string.Join(", ", known)}");
                return 1;
            }
            // The company's outlook for the series' periods, beside what was reported (CSV keeps one row a point).
            var guided = store.Disclosures.SeriesGuidance(result);
            switch (format)
            {
                case "json": stdout.WriteLine(SeriesJsonWriter.ToJson(result, guided)); break;
                case "csv": SeriesCsvWriter.Write(stdout, result); break;
                default: stdout.Write(SeriesTextRenderer.Render(result, guided)); break;
            }
            return 0;
        });
}
