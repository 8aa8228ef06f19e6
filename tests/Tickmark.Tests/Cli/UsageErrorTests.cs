namespace Tickmark.Tests.Cli;

/// <summary>A command line that does not parse exits 2, as the README says, with the problem on stderr and never a stack trace.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new string[0], "tickmark: Required command was not provided.")]
    [InlineData(new[] { "extract" }, "tickmark: Required argument 'PATH' missing for command: 'extract'.")]
    [InlineData(new[] { "extract", "--format", "xml", "x.txt" }, "tickmark: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'jsonl' 'csv'")]
    [InlineData(new[] { "frobnicate" }, "tickmark: ")]
    [InlineData(new[] { "series", "BSMD" }, "tickmark: Required argument 'CONCEPT' missing for command: 'series'.")]
    [InlineData(new[] { "export", "--format", "parquet" }, "tickmark: Parquet is binary: give --out FILE.parquet")]
    [InlineData(new[] { "releases" }, "tickmark: give a TICKER or --unassigned, not both and not neither")]
    public void AUsageErrorExitsTwo(string[] args, string first)
    {
        var (code, stdout, stderr) = Executable.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith(first, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void BareTickmarkListsTheCommands()
    {
        var (_, _, stderr) = Executable.Run();
        Assert.Contains("extract <PATH>", stderr);
        Assert.Contains("export", stderr);
    }

    [Fact]
    public void AnErrorInACommandPointsToItsHelp()
    {
        var (_, _, stderr) = Executable.Run("extract", "--format", "xml", "x.txt");
        Assert.EndsWith("tickmark: 'tickmark extract --help' shows how to use it", stderr.Trim());
    }

    [Fact]
    public void HelpIsNoError() => Assert.Equal(0, Executable.Run("export", "--help").Code);
}
