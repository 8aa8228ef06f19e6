using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Lines;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Html;

/// <summary>What must hold for every HTML release and submission: each fact's span points at the number's own characters in the file.</summary>
public partial class HtmlInvariantTests
{
    public static TheoryData<string> Releases() => new(
        Directory.GetFiles(Path.Combine(Paths.Corpus, "html")).Append(Path.Combine(Paths.Corpus, "text", "SOUTHERNCO_2004Q4_fullsubmission.txt")).Order());

    static HtmlInvariantTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Prose spells some figures out ("a seven percent unit decline"); the span is then the word.</summary>
    public static bool IsNumberWord(Fact f, string printed) => f.Origin == FactOrigin.Narrative && Tickmark.Xbrl.NumberWords.Read(printed) == Math.Abs(f.Value);

    [Theory]
    [MemberData(nameof(Releases))]
    public void TheSourceAtEveryFactsSpanIsTheNumberAsPrinted(string path)
    {
        var r = new Extractor().ExtractFile(path);
        Assert.NotEmpty(r.Facts);
        var raw = File.ReadAllText(path);
        foreach (var f in r.Facts)
        {
            var printed = Printed(r.Document.Slice(f.Span));
            var where = $"{f.Origin} fact '{f.Label}' at {r.Document.Lines.PositionOf(f.Span.Start)}: '{r.Document.Slice(f.Span)}'";
            Assert.True(NumberReader.TryRead(printed, out var v, out var fraction, out _) || NumberReader.IsDash(printed) || IsNumberWord(f, printed), where + " is not a number");
            Assert.DoesNotContain("$", printed);
            if (f.Origin == FactOrigin.Table && !NumberReader.IsDash(printed))
            {
                var scale = 1m;
                for (var d = fraction - f.Decimals; d > 0; d--) scale *= 10;
                Assert.True(Math.Abs(v) == Math.Abs(f.Value / scale), where + $" reads {v}, the fact is {f.Value}");
            }
        }
        // The document the offsets count in is the file's own text for HTML (line breaks untouched).
        if (r.Format == "html") Assert.Equal(raw, r.Document.Text);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void TableFactsNeverOverlapAndRowsLieInsideTheirTable(string path)
    {
        var r = new Extractor().ExtractFile(path);
        var spans = r.Facts.Where(f => f.Origin == FactOrigin.Table).Select(f => f.Span).OrderBy(s => s.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
            Assert.True(spans[i - 1].End <= spans[i].Start, $"facts at {spans[i - 1]} and {spans[i]} overlap");
        foreach (var s in r.Statements)
            foreach (var row in s.Rows)
                Assert.InRange(row.Line, s.Region.FirstLine, s.Region.LastLine);
        var cells = r.Statements.Sum(s => s.Rows.Sum(row => row.FactIndexes.Count(i => i is not null)));
        Assert.Equal(r.Facts.Count(f => f.Origin == FactOrigin.Table), cells);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void BlocksLieInTheDocumentInOrderAndNeverOverlap(string path)
    {
        var r = new Extractor().ExtractFile(path);
        Assert.NotEmpty(r.Blocks);
        for (var i = 0; i < r.Blocks.Count; i++)
        {
            Assert.True(r.Blocks[i].Span.End <= r.Document.Text.Length);
            if (i > 0) Assert.True(r.Blocks[i - 1].Span.End <= r.Blocks[i].Span.Start, $"blocks {r.Blocks[i - 1].Span} and {r.Blocks[i].Span} overlap");
        }
    }

    /// <summary>The source text as a reader sees it: tags out, character references decoded (128-159 as Windows-1252), spaces out.</summary>
    private static string Printed(string source)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(source, ""));
        var chars = text.Select(c => c is >= '\u0080' and <= '\u009F' ? Encoding.GetEncoding(1252).GetString([(byte)c])[0] : c);
        return new string(chars.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
