using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Tickmark.Web;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark serve [--db FILE | --pg CONN] [--urls http://127.0.0.1:5080]</c>: the database in the
/// browser (pages and a JSON API), read-only, on this machine only unless told otherwise. Runs until
/// Ctrl+C. Exit 2 when the database cannot be opened or the address cannot be listened on.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen, ';' between several (default {WebApp.DefaultUrl}; port 0 picks a free one)", DefaultValueFactory = _ => WebApp.DefaultUrl };
        var store = new StoreOptions();
        var command = new Command("serve", "Open the database in the browser: companies, charts, releases with every number traced, and a JSON API") { urls };
        store.AddTo(command);
        command.SetAction(result => Run(result.GetValue(urls)!, store.From(result), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string urls, StoreChoice choice, TextWriter stdout, TextWriter stderr)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var a in addresses)
        {
            if (!Uri.TryCreate(a, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
            {
                stderr.WriteLine($"tickmark: --urls: '{a}' is not an address to listen on, such as {WebApp.DefaultUrl}");
                return 2;
            }
            if (!IsLoopback(uri))
                stderr.WriteLine($"tickmark: warning: {a} may be reachable from other machines; the app has no login");
        }
        if (addresses.Length == 0)
        {
            stderr.WriteLine($"tickmark: --urls: give an address to listen on, such as {WebApp.DefaultUrl}");
            return 2;
        }
        return StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var app = WebApp.Build(store, addresses);
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"tickmark: cannot listen on {string.Join(", ", addresses)}: {e.Message}");
                return 2;
            }
            stdout.WriteLine($"tickmark: serving {store.Dialect.Describe} at {string.Join(", ", app.Urls)} (read-only); Ctrl+C stops");
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        });
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
