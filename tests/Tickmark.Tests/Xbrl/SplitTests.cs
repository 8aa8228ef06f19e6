using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Series;
using Tickmark.Splits;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Xbrl;

/// <summary>Stock splits on real releases of the corpus; lines and figures typed from the documents.</summary>
public class SplitTests
{
    private static string Corpus(string file) => Path.Combine(Paths.Corpus, file.EndsWith(".txt") ? "text" : "html", file);

    [Theory]
    [InlineData("2-for-1 stock split", 2, 1, "2-for-1")]
    [InlineData("a two-for-one stock split", 2, 1, "2-for-1")]
    [InlineData("the 3-for-2 split", 3, 2, "3-for-2")]
    [InlineData("a ten-for-one forward stock split", 10, 1, "10-for-1")]
    [InlineData("a 2:1 stock split", 2, 1, "2-for-1")]
    [InlineData("a one-for-ten reverse stock split", 1, 10, "1-for-10")]
    [InlineData("the five-for-four stock split in the form of a 25% stock dividend", 5, 4, "5-for-4")]
    public void SplitPhrases(string text, int numerator, int denominator, string ratio)
    {
        var split = Assert.Single(SplitPhraseFinder.Find(text));
        Assert.Equal((numerator, denominator, ratio), (split.Numerator, split.Denominator, split.Ratio));
    }

    [Theory]
    [InlineData("We sold a two-for-one offer on phones.")]
    [InlineData("Revenue was $5 for 4 quarters.")]
    public void NotSplits(string text) => Assert.Empty(SplitPhraseFinder.Find(text));

    [Fact]
    public void HorizonFinancialsFiveForFourSplit()
    {
        // Line 116: "share data has been adjusted for the 5-for-4 stock split, to be paid in the ..."
        var r = new Extractor().ExtractFile(Corpus("HORIZONFIN_FY2007Q2_8kbody.txt"));
        var split = Assert.Single(r.Splits);
        Assert.Equal(("5-for-4", 1.25m, true), (split.Ratio, split.Factor, split.AlreadyAdjusted));
        Assert.Equal(116, r.Document.Lines.PositionOf(split.Span.Start).Line);
        Assert.Equal("5-for-4 stock split", r.Document.Slice(split.Span));
    }

    [Fact]
    public void NvidiasTenForOneSplitAnnouncedThenReflected()
    {
        var announced = Assert.Single(new Extractor().ExtractFile(Corpus("NVDA_FY2025Q1_newsroom.html")).Splits);
        Assert.Equal(("10-for-1", false, 838), (announced.Ratio, announced.AlreadyAdjusted, LineOf("NVDA_FY2025Q1_newsroom.html", announced)));
        var reflected = Assert.Single(new Extractor().ExtractFile(Corpus("NVDA_FY2025Q2_newsroom.html")).Splits);
        Assert.Equal(("10-for-1", true), (reflected.Ratio, reflected.AlreadyAdjusted));
    }

    private static int LineOf(string file, StockSplit s) => new Extractor().ExtractFile(Corpus(file)).Document.Lines.PositionOf(s.Span.Start).Line;

    [Fact]
    public void PerShareSeriesAcrossTheSplitIsOnOneBasis()
    {
        using var store = TickmarkStore.OpenInMemory();
        new ReleaseIngestor(store).Run([Corpus("NVDA_FY2024Q2_newsroom.html"), Corpus("NVDA_FY2025Q1_newsroom.html"), Corpus("NVDA_FY2025Q2_newsroom.html")]);
        var result = store.Series.Series("NVDA", "EarningsPerShareDiluted", SeriesKind.Quarterly)!;
        var split = Assert.Single(result.Series.Splits);
        Assert.Equal((10m, "NVDA_FY2025Q1_newsroom.html", "NVDA_FY2025Q2_newsroom.html"), (split.Factor, split.LastBefore!.Name, split.FirstAfter.Name));
        // Q2 FY2024 diluted EPS: $2.48 in the FY2024 Q2 release, $0.25 after the split in the FY2025 Q2 release.
        var q2 = Assert.Single(result.Series.Points, p => p.Slot.Name == "2024Q2");
        Assert.Equal(0.25m, q2.Value);
        var earlier = Assert.Single(q2.Conflicts);
        Assert.Equal((CheckStatus.Rounding, 0.248m, 2.48m), (earlier.Status, earlier.Value, earlier.Sources[0].AsReported));
        // Q4 FY2024, printed only before the split ($4.93), is shown adjusted with what was printed.
        var q4 = Assert.Single(result.Series.Points, p => p.Slot.Name == "2024Q4");
        Assert.Equal((0.493m, (decimal?)4.93m, 10m), (q4.Value, q4.Sources[0].AsReported, q4.Sources[0].SplitFactor));
        Assert.DoesNotContain(result.Series.Points, p => p.Conflicts.Any(c => c.Status == CheckStatus.Fail));
        // Checked against each other on the same basis, the per-share figures across the split agree.
        var checks = store.Series.CrossReleaseChecks(store.Reader.FindCompany("NVDA")!.Id);
        Assert.DoesNotContain(checks, c => c.LineItem == "us-gaap:EarningsPerShareDiluted" && c.Status == CheckStatus.Fail);
    }
}
