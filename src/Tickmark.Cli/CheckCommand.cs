using System.CommandLine;
using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Output;

namespace Tickmark.Cli;

/// <summary><c>tickmark check PATH...</c>: exit 0 when no check fails, 1 when one does or a file cannot be read.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Release files or directories of releases", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Check each release against itself: totals, identities, prose against tables") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(IEnumerable<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var (files, errors) = InputFiles.Expand(paths);
        foreach (var e in errors) stderr.WriteLine($"tickmark: {e}");
        var bad = errors.Count > 0;
        var extractor = new Extractor();
        foreach (var file in files)
        {
            var r = extractor.ExtractFile(file);
            if (r.Failed)
            {
                bad = true;
                foreach (var d in r.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)) stderr.WriteLine($"tickmark: {d.Message}");
                continue;
            }
            stdout.Write(CheckReportRenderer.Render(r));
            bad |= r.Checks.Any(c => c.Status == CheckStatus.Fail);
        }
        return bad ? 1 : 0;
    }
}
