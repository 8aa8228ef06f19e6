using Tickmark.Cli;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Cli;

/// <summary><c>tickmark inspect</c>: a file's tables, or why there are none; a directory is not a file.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string file)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = InspectCommand.Run(file, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void AFileWithoutTablesSaysSo()
    {
        var letter = Path.Combine(_dir, "letter.txt");
        File.WriteAllText(letter, "Dear shareholders,\n\nWe had a good year and we thank you for your support.\n");
        var (code, stdout, stderr) = Run(letter);
        Assert.Equal((1, ""), (code, stdout));
        Assert.Equal($"tickmark: {letter}: no tables found; expected at least one table of figures with column headings", stderr.Trim());
    }

    [Fact]
    public void ADirectoryIsAUsageError()
    {
        var (code, _, stderr) = Run(SeedStore.Samples);
        Assert.Equal(2, code);
        Assert.Equal($"tickmark: {SeedStore.Samples}: is a directory; inspect reads one release file ('tickmark extract {SeedStore.Samples}' reads them all)", stderr.Trim());
    }

    [Fact]
    public void AReleaseShowsItsTables()
    {
        var (code, stdout, stderr) = Run(Path.Combine(SeedStore.Samples, SeedStore.Q4File));
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("row 297 [] 'Revenues': 6,342 | 5,154 | 22,891 | 18,484", stdout);
    }
}
