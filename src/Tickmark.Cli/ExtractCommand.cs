using System.CommandLine;
using System.Text;
using System.Text.Json;
using Tickmark.Extraction;
using Tickmark.Output;

namespace Tickmark.Cli;

/// <summary><c>tickmark extract PATH... [--format text|json|jsonl|csv]</c></summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Release files or directories of releases", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json, jsonl or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "csv");
        var command = new Command("extract", "Read releases into statements and facts") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(IEnumerable<string> paths, string format, TextWriter stdout, TextWriter stderr)
    {
        var (files, errors) = InputFiles.Expand(paths);
        foreach (var e in errors) stderr.WriteLine($"tickmark: {e}");
        var failed = errors.Count > 0;
        var extractor = new Extractor();
        var json = new List<ExtractionResult>();
        if (format == "csv") stdout.WriteLine(CsvFactWriter.Header);
        foreach (var file in files)
        {
            var result = extractor.ExtractFile(file);
            if (result.Failed)
            {
                failed = true;
                foreach (var d in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))
                    stderr.WriteLine($"tickmark: {d.Message}");
                continue;
            }
            switch (format)
            {
                case "json": json.Add(result); break;
                case "jsonl": stdout.WriteLine(FactsJsonWriter.ToJson(result, indented: false)); break;
                case "csv": CsvFactWriter.WriteRows(stdout, result); break;
                default: stdout.Write(TextRenderer.Render(result)); break;
            }
        }
        if (format == "json" && json.Count > 0)
        {
            // One object for one release; an array when several are asked for at once.
            if (json.Count == 1 && files.Count == 1) stdout.WriteLine(FactsJsonWriter.ToJson(json[0]));
            else stdout.WriteLine("[" + string.Join(",\n", json.Select(r => FactsJsonWriter.ToJson(r))) + "]");
        }
        return failed ? 1 : 0;
    }
}
