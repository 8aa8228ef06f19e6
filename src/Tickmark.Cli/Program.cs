using System.CommandLine;
using Tickmark.Cli;

// A thin shell over the library: each command parses its options and calls one library entry point.
var root = new RootCommand("Tickmark: financial facts from company earnings releases, each traced to where it is printed.")
{
    ExtractCommand.Create(),
    CheckCommand.Create(),
    InspectCommand.Create(),
    IngestCommand.Create(),
    SeriesCommand.Create(),
    CompaniesCommand.Create(),
    ReleasesCommand.Create(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    ReportCommand.Create(),
    CompareCommand.Create(),
    FetchCommand.Create(),
    CalendarCommand.Create(),
    GuidanceCommand.Create(),
};
try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0) return UsageErrors.Report(parsed, Console.Error);
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    // Last resort (every per-file fault is that file's diagnostic before this): one line naming the
    // inputs, never a stack trace; exit 1, a failed run, not 2, which is for usage errors.
    Console.Error.WriteLine($"tickmark: {LastResort.Describe(args, e)}");
    return 1;
}
