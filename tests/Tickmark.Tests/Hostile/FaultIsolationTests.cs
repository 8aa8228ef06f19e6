using Tickmark.Cli;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Text;

namespace Tickmark.Tests.Hostile;

/// <summary>A fault in any stage is that file's diagnostic (file, code, what went wrong), and the other files go on.</summary>
public sealed class FaultIsolationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-fault-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AFaultInAStageIsTheFilesDiagnosticNotAnException()
    {
        // A concept map with nothing in it faults the first time a table row is mapped.
        var broken = new Extractor(new ConceptMap(null!, null!, null!, null!));
        var result = broken.ExtractBytes("acme.txt", HostileInputs.Utf8(HostileInputs.TextRelease()));
        Assert.True(result.Failed);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TM006", d.Code);
        Assert.StartsWith("acme.txt: could not be read (TM006): NullReferenceException", d.Message);
        Assert.Single(d.Message.Split('\n'));

        var fromDocument = broken.Extract(SourceDocument.FromText(HostileInputs.TextRelease(), "doc.txt"));
        Assert.Equal("TM006", Assert.Single(fromDocument.Diagnostics).Code);
    }

    [Fact]
    public void HostileFilesAmongGoodOnesEndTheirOwnReadingOnly()
    {
        var good = Write("a-good.txt", HostileInputs.TextRelease());
        Write("b-deep.htm", "<html><body>" + HostileInputs.Repeat("<pre>", 3000) + "x</body></html>");
        Write("c-token.txt", new string('7', 2_000_000));
        var last = Write("d-good.htm", HostileInputs.HtmlRelease());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ExtractCommand.Run([_dir], "jsonl", stdout, stderr);
        Assert.Equal(1, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(good, lines[0]);
        Assert.Contains(last, lines[1]);
        // Each of the two without tables says so, by name.
        Assert.Contains("b-deep.htm: no financial tables found", stderr.ToString());
        Assert.Contains("c-token.txt: no financial tables found", stderr.ToString());
    }

    [Fact]
    public void TheLastResortHandlerNamesTheInputs()
    {
        var file = Write("x.txt", "text");
        var line = LastResort.Describe(["extract", file, "--format", "json"], new AggregateException(new InvalidOperationException("broke\nbadly")));
        Assert.Equal($"{file}: unexpected fault (InvalidOperationException): broke badly", line);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
