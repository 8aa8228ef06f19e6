using System.CommandLine;
using Tickmark.Output;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark inspect FILE</c>: how the table stages read a document's layout. Exit 1 when the file
/// cannot be read or holds no table, 2 when FILE is a directory.
/// </summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("FILE") { Description = "A release file" };
        var command = new Command("inspect", "Show the tables, columns and headings found in a release (for diagnosing layouts)") { path };
        command.SetAction(result => Run(result.GetValue(path)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string file, TextWriter stdout, TextWriter stderr)
    {
        if (Directory.Exists(file)) return UsageErrors.Report(stderr, $"{file}: is a directory; inspect reads one release file ('tickmark extract {file}' reads them all)");
        if (!File.Exists(file)) { stderr.WriteLine($"tickmark: {file}: no such file or directory"); return 1; }
        var bytes = File.ReadAllBytes(file);
        var doc = Extraction.Extractor.Load(file, bytes);
        if (doc is null) { stderr.WriteLine($"tickmark: {file}: {TextDecoder.DecodeRaw(bytes).Error}"); return 1; }
        stdout.Write(GridInspector.Inspect(doc, out var tables));
        if (tables > 0) return 0;
        stderr.WriteLine($"tickmark: {file}: no tables found; expected at least one table of figures with column headings");
        return 1;
    }
}
