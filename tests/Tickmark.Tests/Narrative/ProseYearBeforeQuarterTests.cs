using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// "The 2003 earnings for the fourth quarter ... reduced earnings for that period by $37 million": the year printed
/// before what the quarter's figure measures names the quarter's year; in a fourth-quarter 2004 release the figures
/// are the fourth quarter of 2003, not the release's own quarter.
/// </summary>
public class ProseYearBeforeQuarterTests
{
    [Theory]
    // SOUTHERNCO_2004Q4_fullsubmission.txt lines 449-451, typed from the document.
    [InlineData("$37 million, or 5 cents", "37", 37_000_000)]
    [InlineData("$37 million, or 5 cents", "5 cents", 0.05)]
    public void TheYearBeforeTheMeasureDatesTheQuarter(string context, string printed, double value)
    {
        var path = Path.Combine(Paths.Corpus, "text", "SOUTHERNCO_2004Q4_fullsubmission.txt");
        var r = new Extractor().ExtractFile(path);
        var text = r.Document.Text;
        var at = text.IndexOf("reduced earnings for that\nperiod by " + context, StringComparison.Ordinal);
        Assert.True(at >= 0, "the sentence is in the document");
        var start = text.IndexOf(printed, at, StringComparison.Ordinal);
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == start);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(new Duration(new DateOnly(2003, 10, 1), new DateOnly(2003, 12, 31)), fact.Period);
    }
}
