using System.Text.Json;
using Tickmark.Cli;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Cli;

/// <summary>Bad input gets one line naming the file and what is wrong, a non-zero exit, and the other files still come out.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-cli-").FullName;
    private static string Seed => Path.Combine(Paths.RepoRoot, "samples", "bsmd", "000_dda0085de8f3cca4.txt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string format, params string[] paths)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ExtractCommand.Run(paths, format, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void AMissingFileIsNamedAndTheOthersStillComeOut()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var (code, stdout, stderr) = Run("jsonl", missing, Seed);
        Assert.Equal(1, code);
        Assert.Equal($"tickmark: {missing}: no such file or directory", stderr.Trim());
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Seed, JsonDocument.Parse(line).RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "the file is empty")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3 }, "the file is binary, not text")]
    public void EmptyAndBinaryFilesAreRefusedByName(string name, byte[] bytes, string why)
    {
        var path = Write(name, bytes);
        var (code, _, stderr) = Run("text", path);
        Assert.Equal(1, code);
        Assert.StartsWith($"tickmark: {path}: {why}", stderr.Trim());
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void ADocumentWithoutTablesSaysSo()
    {
        var path = Write("letter.txt", "Dear shareholders,\n\nWe had a good year and we thank you for your support.\n"u8.ToArray());
        var (code, _, stderr) = Run("json", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: no financial tables found", stderr);
    }

    [Fact]
    public void ADirectoryWithoutReleasesSaysSo()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var (code, _, stderr) = Run("text", empty);
        Assert.Equal(1, code);
        Assert.Equal($"tickmark: {empty}: the directory holds no releases (.txt, .htm, .html)", stderr.Trim());
    }

    [Fact]
    public void JsonIsOneFactsJsonObject()
    {
        var (code, stdout, stderr) = Run("json", Seed);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("BSMD", root.GetProperty("release").GetProperty("ticker").GetString());
        Assert.Equal(2, root.GetProperty("statements").GetArrayLength());
        var fact = root.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("label").GetString() == "Revenues");
        Assert.Equal(6_342_000m, fact.GetProperty("value").GetDecimal());
        Assert.Equal("2006-10-01", fact.GetProperty("period").GetProperty("start").GetString());
        var source = fact.GetProperty("source");
        var text = File.ReadAllText(Seed);
        Assert.Equal("6,342", text.Substring(source.GetProperty("offset").GetInt32(), source.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void CsvHasOneRowPerFact()
    {
        var (code, stdout, _) = Run("csv", Seed);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path,origin,statement,label", lines[0]);
        var json = JsonDocument.Parse(Run("json", Seed).Out).RootElement;
        Assert.Equal(json.GetProperty("facts").GetArrayLength(), lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",\"General, administrative and patent costs\",Costs and expenses,"));
    }

    [Fact]
    public void TheExecutableNeverShowsAStackTrace()
    {
        var (code, _, err) = Executable.Run("extract", Path.Combine(_dir, "missing.txt"), "--format", "json");
        Assert.Equal(1, code);
        Assert.DoesNotContain("   at ", err);
        Assert.Contains("missing.txt: no such file or directory", err);
    }
}
