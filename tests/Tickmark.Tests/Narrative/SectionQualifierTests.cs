using System.Text.Json;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Narrative;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// Prose under a heading that names a business line is that line's (issue 10 item 2, issue 11): NVIDIA's newsroom
/// releases report each segment's revenue in bullets under "Data Center", "Gaming", ... The expected dimensions are
/// the corpus hand labels (../shared/groundtruth/corpus).
/// </summary>
public sealed class SectionQualifierTests
{
    [Theory]
    [InlineData("Data Center", "Data Center")]
    [InlineData("Professional Visualization", "Professional Visualization")]
    [InlineData("Gaming and AI PC", "Gaming and AI PC")]
    [InlineData("Frequency Control Products:", "Frequency Control Products")]
    // Headings that organize a release name no business line.
    [InlineData("Highlights", null)]
    [InlineData("Outlook", null)]
    [InlineData("Fourth-quarter Fiscal 2024 Summary", null)]
    [InlineData("CFO Commentary", null)]
    [InlineData("Conference Call and Webcast Information", null)]
    [InlineData("About NVIDIA", null)]
    [InlineData("JUNE 2005 QUARTER OUTLOOK", null)]
    [InlineData("Forward-Looking Statements", null)]
    public void AHeadingNamesABusinessLineOrNothing(string heading, string? segment) =>
        Assert.Equal(segment, SectionQualifier.Of(heading));

    [Fact]
    public void SegmentRevenueUnderItsHeadingCarriesTheSegmentAndNoGaapElement()
    {
        const string document = "html/NVDA_FY2024Q4_newsroom.html";
        var facts = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, document)).Facts
            .Where(f => f.Origin == FactOrigin.Narrative).GroupBy(f => f.Span.Start).ToDictionary(g => g.Key, g => g.First());
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Shared, "groundtruth", "corpus", "NVDA_FY2024Q4_newsroom.json")));
        var checkedFigures = 0;
        foreach (var row in truth.RootElement.GetProperty("narrative").EnumerateArray())
        {
            if (!row.TryGetProperty("dimensions", out var dims) || dims.ValueKind != JsonValueKind.Object || !dims.TryGetProperty("segment", out var segment)) continue;
            var offset = row.GetProperty("offset").GetInt32();
            // The two headline bullets ("Record quarterly Data Center revenue of $18.4 billion") sit under no segment heading.
            if (offset < 60_000) continue;
            var fact = facts[offset];
            Assert.Equal(segment.GetString(), fact.Dimensions.GetValueOrDefault("segment"));
            Assert.Null(fact.Concept);
            checkedFigures++;
        }
        Assert.True(checkedFigures >= 6, $"{checkedFigures} segment figures checked");
    }

    [Fact]
    public void AnOutlookAfterASegmentsBulletsIsNotThatSegments()
    {
        // Pericom FY2005 Q3: "Frequency Control Products:" and its bullet, then "JUNE 2005 QUARTER OUTLOOK" and its bullets.
        var facts = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "PERICOM_FY2005Q3_ex991.txt")).Facts
            .Where(f => f.Origin == FactOrigin.Narrative).ToList();
        Assert.DoesNotContain(facts, f => f.Dimensions.ContainsKey("segment"));
    }
}
