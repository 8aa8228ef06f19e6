using System.CommandLine;
using Tickmark.Output;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary><c>tickmark inspect FILE</c>: how the table stages read a document's layout.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("FILE") { Description = "A release file" };
        var command = new Command("inspect", "Show the tables, columns and headings found in a release (for diagnosing layouts)") { path };
        command.SetAction(result =>
        {
            var file = result.GetValue(path)!;
            if (!File.Exists(file)) { Console.Error.WriteLine($"tickmark: {file}: no such file or directory"); return 1; }
            var bytes = File.ReadAllBytes(file);
            var doc = Tickmark.Extraction.Extractor.Load(file, bytes);
            if (doc is null) { Console.Error.WriteLine($"tickmark: {file}: {TextDecoder.DecodeRaw(bytes).Error}"); return 1; }
            Console.Write(GridInspector.Inspect(doc));
            return 0;
        });
        return command;
    }
}
