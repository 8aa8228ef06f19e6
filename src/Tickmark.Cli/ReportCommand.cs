using System.CommandLine;
using System.Text;
using Tickmark.Web.Model;
using Tickmark.Web.Report;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark report TICKER --out FILE.html [--db FILE | --pg CONN]</c>: one self-contained HTML file for a
/// company (inline styles and SVG charts, no scripts, nothing fetched). The file is written whole or not
/// at all. Exit 1 when the company is not in the database, 2 when the database or the file cannot be used.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var company = new Argument<string>("TICKER") { Description = "The company: ticker, or key or name as 'tickmark companies' lists it" };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write", Required = true };
        var store = new StoreOptions();
        var command = new Command("report", "Write one self-contained HTML report of a company: charts, statements, checks, every figure's source") { company, output };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(company)!, result.GetValue(output)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string company, string output, StoreChoice choice, TextWriter stdout, TextWriter stderr)
    {
        if (OutputFile.Check(output, "report", out var error) is not { } file) return UsageErrors.Report(stderr, error!);
        return StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var view = CompanyView.Read(store, company);
            if (view is null)
            {
                stderr.WriteLine($"tickmark: no company '{company}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return 1;
            }
            var html = CompanyReport.Render(store, view);
            try
            {
                file.Write(stream => { stream.Write(new UTF8Encoding(false).GetBytes(html)); return 0; });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"tickmark: {output}: cannot write the report: {e.Message}");
                return 2;
            }
            var points = view.Charts.Sum(c => c.Points.Count);
            stdout.WriteLine($"{output}: {view.Title}, {Counted.Of(view.Charts.Count, "chart")}, {Counted.Of(points, "point")}, {Counted.Of(view.Releases.Count, "release")} ({new FileInfo(file.FullPath).Length:N0} bytes)");
            return 0;
        });
    }
}
