using System.Diagnostics;

namespace Tickmark.Tests.Cli;

/// <summary>Runs the built <c>tickmark</c> as a user would: its exit code, standard output and standard error.</summary>
public static class Executable
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tickmark.dll");
        var psi = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
