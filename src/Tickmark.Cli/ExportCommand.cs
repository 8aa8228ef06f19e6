using System.CommandLine;
using System.Text;
using Tickmark.Store;
using Tickmark.Store.Export;
using Tickmark.Store.Reading;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark export [TICKER...] [--format csv|parquet|xbrl-json] [--table facts|panel] [--release ID] [--out PATH]</c>:
/// the facts of companies' releases, or their quarterly panel, as CSV or Parquet for pandas, R and
/// DuckDB; one release's facts as xBRL-JSON. Exit 1 when a company or release is not in the database,
/// 2 for a usage error or when the database or the file cannot be used.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var companies = new Argument<string[]>("TICKER") { Description = "Companies (ticker, key or name); none: every company", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "csv (default), parquet or xbrl-json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet", "xbrl-json");
        var table = new Option<string>("--table") { Description = "facts (default): every fact; panel: each company's quarterly value of every element", DefaultValueFactory = _ => "facts" };
        table.AcceptOnlyFromAmong("facts", "panel");
        var release = new Option<string?>("--release") { Description = "One release's facts (id, hash prefix, path or file name); xbrl-json needs it" };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: standard output; Parquet needs a file)" };
        var store = new StoreOptions();
        var command = new Command("export", "Write facts or the quarterly panel as CSV or Parquet, or a release's facts as xBRL-JSON") { companies, format, table, release, output };
        store.AddTo(command);
        command.SetAction(result => Run(new ExportRequest(result.GetValue(companies) ?? [], result.GetValue(format)!, result.GetValue(table)!, result.GetValue(release), result.GetValue(output)),
            store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(ExportRequest request, StoreChoice choice, TextWriter stdout, TextWriter stderr)
    {
        if (request.Problem() is { } problem) return UsageErrors.Report(stderr, problem);
        OutputFile? file = null;
        if (request.Out is not null && (file = OutputFile.Check(request.Out, "export", out var error)) is null) return UsageErrors.Report(stderr, error!);
        return StoreCommand.Run(choice, create: false, stderr, store =>
        {
            string? done;
            try
            {
                done = request.Release is not null ? ExportRelease(store, request, file, stdout, stderr) : ExportCompanies(store, request, file, stdout, stderr);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"tickmark: {request.Out}: cannot write the export: {e.Message}");
                return 2;
            }
            if (done is not { } summary) return 1;
            // With the data on standard output the summary goes to stderr, so that the output stays data.
            (file is null ? stderr : stdout).WriteLine($"tickmark: {summary} {(file is null ? "written" : "to " + file.Given)}");
            return 0;
        });
    }

    private static string? ExportCompanies(TickmarkStore store, ExportRequest request, OutputFile? file, TextWriter stdout, TextWriter stderr)
    {
        var companies = new List<CompanySummary>();
        foreach (var name in request.Companies)
        {
            if (store.Reader.FindCompany(name) is not { } found)
            {
                stderr.WriteLine($"tickmark: no company '{name}' in {store.Dialect.Describe}; 'tickmark companies' lists them");
                return null;
            }
            companies.Add(found);
        }
        var reader = new ExportReader(store);
        var chosen = request.Companies.Count == 0 ? null : companies;
        var rows = request.IsPanel
            ? Write(request.Format, PanelColumns.All, reader.Panel(chosen ?? store.Reader.Companies()), file, stdout, "panel")
            : Write(request.Format, FactColumns.All, reader.Facts(chosen), file, stdout, "facts");
        return request.IsPanel ? Counted.Of(rows, "panel row") : Counted.Of(rows, "fact");
    }

    private static string? ExportRelease(TickmarkStore store, ExportRequest request, OutputFile? file, TextWriter stdout, TextWriter stderr)
    {
        var found = store.Reader.FindReleases(request.Release!);
        if (found.Count != 1)
        {
            stderr.WriteLine(found.Count == 0
                ? $"tickmark: no release '{request.Release}' in {store.Dialect.Describe}; 'tickmark releases TICKER' lists them"
                : $"tickmark: '{request.Release}' names {found.Count} releases ({string.Join(", ", found.Take(5).Select(r => "#" + r.Id))}); give its id");
            return null;
        }
        var release = found[0];
        if (request.Format != "xbrl-json")
            return Counted.Of(Write(request.Format, FactColumns.All, new ExportReader(store).Facts(release), file, stdout, "facts"), "fact");
        var company = release.CompanyId is { } id ? store.Reader.Companies().FirstOrDefault(c => c.Id == id) : null;
        if (company is null)
        {
            stderr.WriteLine($"tickmark: release #{release.Id} ({release.Name}) names no company, and every xBRL-JSON fact needs its entity");
            return null;
        }
        var (json, written, leftOut) = XbrlJsonWriter.Write(company, store.Reader.Facts(release.Id));
        if (file is null) stdout.WriteLine(json);
        else file.Write(s => { s.Write(new UTF8Encoding(false).GetBytes(json + "\n")); return 0; });
        return $"{Counted.Of(written, "fact")} of release #{release.Id} as xBRL-JSON ({leftOut} without a US-GAAP element or with a qualifier left out)";
    }

    private static long Write<T>(string format, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, OutputFile? file, TextWriter stdout, string table)
    {
        if (format == "parquet")
            return file!.Write(s => ParquetTableWriter.Write(s, columns, rows, new Dictionary<string, string> { ["tickmark.table"] = table }));
        if (file is null) return CsvTableWriter.Write(stdout, columns, rows);
        return file.Write(s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(false));
            return CsvTableWriter.Write(w, columns, rows);
        });
    }
}
