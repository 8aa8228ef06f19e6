using Tickmark.Blocks;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Tables;

public class BlockAndDiagnosticTests
{
    [Fact]
    public void TheSeedSplitsIntoHeadlineDatelineParagraphsBulletsAndTables()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, "000_dda0085de8f3cca4.txt"));
        var headline = r.Blocks.First(b => b.Kind == BlockKind.Headline);
        Assert.Equal(4, headline.FirstLine + 1);
        var dateline = Assert.Single(r.Blocks, b => b.Kind == BlockKind.Dateline);
        Assert.StartsWith("    ROCKLAND, Mass.--(BUSINESS WIRE)", r.Document.Slice(dateline.Span));
        Assert.Equal(2, r.Blocks.Count(b => b.Kind == BlockKind.Table));
        // Eight highlight bullets and nine risk bullets, each "--  " at the start.
        Assert.Equal(17, r.Blocks.Count(b => b.Kind == BlockKind.Bullet));
        for (var i = 1; i < r.Blocks.Count; i++) Assert.True(r.Blocks[i - 1].Span.End <= r.Blocks[i].Span.Start, "blocks do not overlap");
    }

    [Fact]
    public void ColumnsWithoutHeadingsStillGiveTheirFiguresAndADiagnosticWithTheLine()
    {
        var r = Doc.Extract("""
            |Some figures we like:
            |
            |Widgets sold                    1,234        1,100
            |Gadgets sold                      567          499
            """);
        Assert.Equal(4, r.Facts.Count);
        Assert.All(r.Facts, f => Assert.Null(f.Period));
        var d = Assert.Single(r.Diagnostics.Where(d => d.Code == DiagnosticCodes.PeriodUnknown).Take(1));
        Assert.Equal(3, d.Line);
        Assert.Equal(Severity.Warning, d.Severity);
    }
}
