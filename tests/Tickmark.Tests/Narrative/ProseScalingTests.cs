using System.Text;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// Prose is read in time linear in its length: one run-on sentence four times as long takes about
/// four times as long, in text and in HTML (a quadratic reader takes sixteen). A ratio of times per
/// byte, never a wall-clock limit.
/// </summary>
[Collection(Tickmark.Tests.Support.ScalingCollection.Name)]
public class ProseScalingTests
{
    private const string Clause = "revenue for the third quarter of 2006 was $1.5 million, up 5% from $1.4 million in the same period last year, and net income was $0.3 million, or $0.02 per share, ";

    private static string RunOn(int bytes)
    {
        var b = new StringBuilder("ACME Corp. (NASDAQ: ACME) today reported that ");
        while (b.Length < bytes) b.Append(Clause);
        return b.Append("all figures unaudited.").ToString();
    }

    private static byte[] Text(int bytes) => Encoding.UTF8.GetBytes("ACME Corp. Reports Third Quarter 2006 Results\n\n" + RunOn(bytes) + "\n");

    private static byte[] Html(int bytes) => Encoding.UTF8.GetBytes("<html><head><title>ACME</title></head><body><h1>ACME Corp. Reports Third Quarter 2006 Results</h1><p>" + RunOn(bytes) + "</p></body></html>");

    private static void Read(string path, byte[] bytes) =>
        Assert.Contains(new Extractor().ExtractBytes(path, bytes).Facts, f => f.Origin == FactOrigin.Narrative);

    [Theory]
    [InlineData("run-on.txt")]
    [InlineData("run-on.html")]
    public void ARunOnSentenceFourTimesAsLongCostsAboutTheSamePerByte(string path)
    {
        Func<int, byte[]> make = path.EndsWith(".html", StringComparison.Ordinal) ? Html : Text;
        // Quadratic reading grows the time per byte 4x between these sizes; linear reading stays near 1x.
        var growth = TimePerByte.Growth(make(40_000), make(160_000), b => Read(path, b));
        Assert.True(growth < 2.5, $"time per byte grew {growth:F2}x from 40 KB to 160 KB");
    }
}
