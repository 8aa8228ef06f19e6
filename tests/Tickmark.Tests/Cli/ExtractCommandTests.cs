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

    /// <summary>A release whose one table has <paramref name="rows"/> rows of two quarters' figures (in thousands).</summary>
    private static string TableOfRows(int rows)
    {
        var sb = new System.Text.StringBuilder("""
                ACME Corp. Reports Second Quarter 2007 Results

                BOSTON--(BUSINESS WIRE)--July 26, 2007--ACME Corp. (NASDAQ: ACMC)
            today reported its results for the second quarter of 2007.

                          ACME CORP.
                     STATEMENTS OF OPERATIONS (in thousands)
                                                  Three Months Ended
                                                       June 30,
                                                    2007          2006

            """);
        for (var i = 0; i < rows; i++)
            sb.Append(System.FormattableString.Invariant($"Operating expense line {i:D7}         {1000 + i % 9000,7:#,0}       {2000 + i % 7000,7:#,0}\n"));
        return sb.ToString();
    }

    [Fact]
    public void AReleaseOfVeryManyFactsIsWrittenInItsTurnByteForByteAsOneRenderedAhead()
    {
        const int rows = 6_000;
        var big = Write("big.txt", System.Text.Encoding.UTF8.GetBytes(TableOfRows(rows)));
        var (code, stdout, stderr) = Run("jsonl", Seed, big, Seed);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(lines[0], lines[2]);
        var alone = new System.Buffers.ArrayBufferWriter<byte>();
        Tickmark.Output.FactsJsonWriter.Write(alone, new Tickmark.Extraction.Extractor().ExtractFile(big), indented: false);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(alone.WrittenSpan), lines[1]);
        var facts = JsonDocument.Parse(lines[1]).RootElement.GetProperty("facts");
        Assert.True(facts.GetArrayLength() > ExtractCommand.RenderAheadMaxFacts);
        // Row 5,999: 1,000 + 5,999 mod 9,000 and 2,000 + 5,999 mod 7,000 thousand.
        var last = facts.EnumerateArray().Where(f => f.GetProperty("label").GetString() == "Operating expense line 0005999").Select(f => f.GetProperty("value").GetDecimal());
        Assert.Equal([6_999_000m, 7_999_000m], last);
        Assert.Equal(2 * rows, facts.EnumerateArray().Count(f => f.GetProperty("origin").GetString() == "table"));
    }

    [Fact]
    public void TheWriterToAStreamPassesOnEveryByteInOrderWhateverTheSizesAskedFor()
    {
        using var stream = new MemoryStream();
        var writer = new StreamBufferWriter(stream, capacity: 1024);
        var expected = new List<byte>();
        var random = new Random(14);
        for (var i = 0; i < 500; i++)
        {
            var hint = random.Next(0, 3000); // some beyond the buffer's 1,024
            var span = writer.GetSpan(hint);
            Assert.True(span.Length >= Math.Max(1, hint));
            var n = Math.Min(span.Length, random.Next(1, Math.Max(2, hint + 1)));
            for (var k = 0; k < n; k++) span[k] = (byte)(i + k);
            expected.AddRange(span[..n].ToArray());
            writer.Advance(n);
        }
        writer.Flush();
        Assert.Equal(expected, stream.ToArray());
    }
}
