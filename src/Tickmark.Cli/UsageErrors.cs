using System.CommandLine;
using System.Text.RegularExpressions;

namespace Tickmark.Cli;

/// <summary>
/// A command line that does not parse (unknown command or option, missing argument, a value not
/// among those allowed): each error on one line of stderr and exit 2, the documented status for a
/// usage error. With no command at all, the list of commands follows.
/// </summary>
public static partial class UsageErrors
{
    public const int ExitCode = 2;

    public static int Report(ParseResult parsed, TextWriter stderr)
    {
        var command = parsed.CommandResult.Command;
        foreach (var e in parsed.Errors) stderr.WriteLine($"tickmark: {Spaces().Replace(e.Message, " ").Trim()}");
        if (command is RootCommand && parsed.Tokens.Count == 0)
            command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr });
        else
            stderr.WriteLine($"tickmark: '{Path(parsed)} --help' shows how to use it");
        return ExitCode;
    }

    /// <summary>One line on stderr and exit 2, for a usage error a command finds in the values it was given.</summary>
    public static int Report(TextWriter stderr, string message)
    {
        stderr.WriteLine($"tickmark: {message}");
        return ExitCode;
    }

    private static string Path(ParseResult parsed)
    {
        var names = new List<string>();
        for (var r = parsed.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command is RootCommand ? "tickmark" : r.Command.Name);
        return string.Join(" ", names);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
