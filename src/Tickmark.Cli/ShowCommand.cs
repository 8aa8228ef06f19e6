using System.CommandLine;
using Tickmark.Store.Output;
using Tickmark.Store.Reading;

namespace Tickmark.Cli;

/// <summary><c>tickmark show RELEASE [--format text|json]</c>: one stored release with its statements, checks, diagnostics and disclosures (call, events, guidance, cautionary changes).</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var release = new Argument<string>("RELEASE") { Description = "Release id (as 'tickmark releases' lists it), content hash (or its first 6+ digits), path or file name" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("show", "Show one stored release: particulars, statements, checks, diagnostics, call, events, guidance, cautionary changes") { release, format };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(release)!, result.GetValue(format)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string release, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var found = store.Reader.FindReleases(release);
            if (found.Count != 1)
            {
                stderr.WriteLine(found.Count == 0
                    ? $"tickmark: no release '{release}' in {store.Dialect.Describe}; 'tickmark releases TICKER' lists them"
                    : $"tickmark: '{release}' names {found.Count} releases ({string.Join(", ", found.Take(5).Select(r => "#" + r.Id))}); give its id");
                return 1;
            }
            var detail = store.Reader.Release(found[0].Id)!;
            var said = DisclosureView.Read(store, found[0].Id);
            stdout.Write(format == "json" ? ReleaseJsonWriter.ToJson(detail, disclosures: said) + "\n" : ReleaseTextRenderer.Render(detail, said));
            return 0;
        });
}
