using System.Diagnostics;
using Tickmark.Cli;
using Tickmark.Extraction;
using Tickmark.Text;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Hostile;

/// <summary>
/// Inputs that never end or are too large are refused with one line before they are held in
/// memory; a directory walk follows each real directory once and reads only regular files.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-limit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedWithOneLine()
    {
        var big = Write("big.txt", HostileInputs.TextRelease() + new string(' ', 5000));
        var small = Write("small.txt", HostileInputs.TextRelease());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ExtractCommand.Run([big, small], "jsonl", stdout, stderr, maxBytes: 4096);
        Assert.Equal(1, code);
        Assert.Equal($"tickmark: {big}: larger than 4 KiB (TM007); a release is far smaller (raise the limit with --max-size)", stderr.ToString().Trim());
        Assert.Contains(small, Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void ReadingDevZeroStopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero")) return;
        var result = new Extractor(maxBytes: 1 << 20).ExtractFile("/dev/zero");
        Assert.Equal("TM007", Assert.Single(result.Diagnostics).Code);
        Assert.Null(BoundedFile.Read("/dev/zero", 1000));
    }

    [Theory]
    [InlineData("32M", 32L << 20)]
    [InlineData("512k", 512L << 10)]
    [InlineData("2G", 2L << 30)]
    [InlineData("1000", 1000)]
    [InlineData("64MiB", 64L << 20)]
    public void SizesAreReadWithTheirUnit(string text, long bytes)
    {
        Assert.True(SizeOption.Parse(text, out var read));
        Assert.Equal(bytes, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5M")]
    [InlineData("12T")]
    [InlineData("lots")]
    public void ABadSizeIsAUsageError(string text)
    {
        Assert.False(SizeOption.Parse(text, out _));
        var root = new System.CommandLine.RootCommand { ExtractCommand.Create() };
        var parsed = root.Parse(["extract", "x.txt", "--max-size", text]);
        Assert.NotEmpty(parsed.Errors);
    }

    [Fact]
    public void ASymlinkLoopAndALinkToItselfAreFollowedOnce()
    {
        if (OperatingSystem.IsWindows()) return;
        var a = Write("releases/a.txt", HostileInputs.TextRelease());
        var b = Write("releases/sub/b.txt", HostileInputs.TextRelease());
        var root = Path.Combine(_dir, "releases");
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), root);
        File.CreateSymbolicLink(Path.Combine(root, "sub", "again.txt"), b);
        File.CreateSymbolicLink(Path.Combine(root, "dangling.txt"), Path.Combine(_dir, "nothing.txt"));
        var skipped = new StringWriter();
        var (files, errors) = InputFiles.Expand([root], skipped);
        Assert.Empty(errors);
        Assert.Equal([a, b], files);
        var lines = skipped.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"tickmark: {Path.Combine(root, "self")}: skipped: the same directory as one already read (a link)", lines);
        Assert.Contains($"tickmark: {Path.Combine(root, "sub", "loop")}: skipped: the same directory as one already read (a link)", lines);
        Assert.Contains($"tickmark: {Path.Combine(root, "sub", "again.txt")}: skipped: the same file as one already read (a link)", lines);
        Assert.Contains($"tickmark: {Path.Combine(root, "dangling.txt")}: skipped: a link to nothing", lines);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void AFifoNamedTxtIsSkippedNotWaitedOn()
    {
        if (OperatingSystem.IsWindows()) return;
        var a = Write("releases/a.txt", HostileInputs.TextRelease());
        var fifo = Path.Combine(_dir, "releases", "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo) || Path.Exists(fifo));
        var skipped = new StringWriter();
        var (files, _) = InputFiles.Expand([Path.Combine(_dir, "releases")], skipped);
        Assert.Equal([a], files);
        Assert.Equal($"tickmark: {fifo}: skipped: not a regular file (a pipe, socket or device)", skipped.ToString().Trim());
    }

    [Fact]
    public void TheCliSaysWhichPathsItSkipped()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("releases/a.txt", HostileInputs.TextRelease());
        var root = Path.Combine(_dir, "releases");
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), ".");
        using var process = TickmarkProcess.Start("extract", root, "--format", "jsonl");
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal($"tickmark: {Path.Combine(root, "self")}: skipped: the same directory as one already read (a link)", stderr.Trim());
    }
}
