using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Lines;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Corpus;

/// <summary>What must hold for every plain-text release, whatever its layout.</summary>
public class CorpusInvariantTests
{
    public static TheoryData<string> TextReleases() => new(
        Directory.GetFiles(Path.Combine(Paths.Corpus, "text"), "*.txt").Concat(Directory.GetFiles(Paths.Seeds, "*.txt")).Order());

    [Theory]
    [MemberData(nameof(TextReleases))]
    public void TheTextAtEveryFactsSpanIsTheNumberAsPrinted(string path)
    {
        var r = new Extractor().ExtractFile(path);
        Assert.NotEmpty(r.Facts);
        foreach (var f in r.Facts)
        {
            var printed = r.Document.Slice(f.Span);
            Assert.True(NumberReader.TryRead(printed.Replace(" ", ""), out var v, out _, out _) || NumberReader.IsDash(printed) || Tickmark.Tests.Html.HtmlInvariantTests.IsNumberWord(f, printed),
                $"line {r.Document.Lines.PositionOf(f.Span.Start)}: '{printed}' is not a number");
            Assert.DoesNotContain("$", printed);
            if (!NumberReader.IsDash(printed) && f.Decimals >= -9 && f.Origin == FactOrigin.Table)
                Assert.Equal(Math.Abs(v), Math.Abs(f.Value / ScaleOf(f, printed)));
        }
    }

    [Theory]
    [MemberData(nameof(TextReleases))]
    public void FactSpansNeverOverlapAndEachNumericCellGivesOneFact(string path)
    {
        var r = new Extractor().ExtractFile(path);
        var spans = r.Facts.Where(f => f.Origin == FactOrigin.Table).Select(f => f.Span).OrderBy(s => s.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
            Assert.True(spans[i - 1].End <= spans[i].Start, $"facts at {spans[i - 1]} and {spans[i]} overlap");

        // Every figure in a statement's rows is one fact, and no fact lies outside the statements' rows.
        var lines = LineClassifier.Classify(r.Document);
        var cellCount = 0;
        foreach (var s in r.Statements)
            foreach (var row in s.Rows)
                cellCount += row.FactIndexes.Count(i => i is not null);
        Assert.Equal(r.Facts.Count(f => f.Origin == FactOrigin.Table), cellCount);
        foreach (var f in r.Facts.Where(f => f.Origin == FactOrigin.Table))
        {
            var line = lines[r.Document.Lines.LineOf(f.Span.Start)];
            Assert.Contains(line.Cells, c => c.Span == f.Span);
        }
    }

    [Theory]
    [MemberData(nameof(TextReleases))]
    public void StatementRowsLieInsideTheirTable(string path)
    {
        var r = new Extractor().ExtractFile(path);
        foreach (var s in r.Statements)
            foreach (var row in s.Rows)
                Assert.InRange(row.Line, s.Region.FirstLine, s.Region.LastLine);
    }

    /// <summary>The factor between the printed figure and the fact's value: decimals = printed fraction digits - log10(scale).</summary>
    private static decimal ScaleOf(Fact f, string printed)
    {
        NumberReader.TryRead(printed.Replace(" ", ""), out _, out var fraction, out _);
        var scale = 1m;
        for (var d = fraction - f.Decimals; d > 0; d--) scale *= 10;
        return scale;
    }
}
