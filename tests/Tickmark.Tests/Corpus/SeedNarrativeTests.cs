using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Corpus;

/// <summary>The prose figures labelled in shared/groundtruth come out at their exact place with value, unit and period.</summary>
public class SeedNarrativeTests
{
    [Theory]
    [MemberData(nameof(SeedGroundTruthTests.Seeds), MemberType = typeof(SeedGroundTruthTests))]
    public void EveryLabelledProseFigureIsFoundWhereItIsPrinted(string groundTruth)
    {
        var gt = Json.Load(Path.Combine(Paths.GroundTruth, groundTruth));
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, gt.GetProperty("document").GetString()!));
        var misses = new List<string>();
        foreach (var n in gt.GetProperty("narrative").EnumerateArray())
        {
            var offset = n.GetProperty("offset").GetInt32();
            var value = n.GetProperty("value").GetDecimal();
            var unit = n.GetProperty("unit").GetString();
            var period = Json.PeriodOf(n.GetProperty("period"));
            var hit = r.Facts.Any(f => f.Origin == FactOrigin.Narrative && f.Span.Start == offset
                && f.Span.Length == n.GetProperty("length").GetInt32() && Math.Abs(f.Value) == value
                && f.Unit.ToJsonName() == unit && Equals(f.Period, period));
            if (!hit) misses.Add($"{n.GetProperty("text").GetString()} at {n.GetProperty("line").GetInt32()}:{n.GetProperty("column").GetInt32()}");
        }
        Assert.Empty(misses);
    }

    [Fact]
    public void ProseFiguresCarryMeasureGeographyAndElement()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, "000_dda0085de8f3cca4.txt"));
        var text = r.Document.Text;
        Fact At(string printed, int occurrence = 0)
        {
            var i = -1;
            for (var k = 0; k <= occurrence; k++) i = text.IndexOf(printed, i + 1, StringComparison.Ordinal);
            return r.Facts.Single(f => f.Origin == FactOrigin.Narrative && f.Span.Start == i);
        }
        var us = At("4.59");
        Assert.Equal("United States", us.Dimensions["geography"]);
        Assert.Equal(4_590_000m, us.Value);
        Assert.Equal(-4, us.Decimals);
        Assert.Equal("Outside United States", At("1.75").Dimensions["geography"]);
        Assert.Equal("us-gaap:GrossProfit", At("4.45").Concept);
        Assert.Contains("gross margin", At("4.45").Measure);
        var eps = At("0.02");
        Assert.Equal(Unit.UsdPerShare, eps.Unit);
        Assert.Equal(2, eps.Decimals);
        Assert.Equal(Unit.Percent, At("23%").Unit);
    }
}
