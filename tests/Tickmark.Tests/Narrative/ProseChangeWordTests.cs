using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// A change stated with any form of its verb ("growing 24%", "grows 71%", "declining $52 million") is a change,
/// and the level it reaches ("to $0.46") is the sentence's own figure, dated with the sentence's period and not
/// with the comparative's phrase printed before the change; the figure after "from" is the comparative.
/// Expected values typed from the corpus documents (file, line given per row).
/// </summary>
public class ProseChangeWordTests
{
    public static TheoryData<string, string, string, double, string, string?, bool> Rows => new()
    {
        // HORIZONFIN_FY2007Q1 line 106-108: "For the quarter ended June 30, 2006, net income was $4.6 million, compared to $3.7 million
        // in the first fiscal quarter last year, with earnings per diluted share growing 24% to $0.46, from $0.37 a year ago."
        { "HORIZONFIN_FY2007Q1_8kbody.txt", "growing 24% to $0.46, from $0.37 a year ago", "24", 24, "2006-04-01", "2006-06-30", true },
        { "HORIZONFIN_FY2007Q1_8kbody.txt", "growing 24% to $0.46, from $0.37 a year ago", "0.46", 0.46, "2006-04-01", "2006-06-30", false },
        { "HORIZONFIN_FY2007Q1_8kbody.txt", "growing 24% to $0.46, from $0.37 a year ago", "0.37", 0.37, "2005-04-01", "2005-06-30", false },
        // HORIZONFIN_FY2006Q4 lines 114-116 (fiscal year ends March 31): "... growing 31% to $0.42, from $0.32 in the fourth quarter of fiscal 2005."
        { "HORIZONFIN_FY2006Q4_8kbody.txt", "growing 31% to $0.42, from $0.32 in the fourth quarter of fiscal 2005", "0.42", 0.42, "2006-01-01", "2006-03-31", false },
        { "HORIZONFIN_FY2006Q4_8kbody.txt", "growing 31% to $0.42, from $0.32 in the fourth quarter of fiscal 2005", "0.32", 0.32, "2005-01-01", "2005-03-31", false },
        // HORIZONFIN_FY2006Q3 lines 189-191: "... and total assets grew 16% to $1.1 billion, from $933 million at the end of the third fiscal quarter last year."
        { "HORIZONFIN_FY2006Q3_8kbody.txt", "grew 16% to $1.1\nbillion, from $933 million", "1.1", 1_100_000_000, "2005-12-31", null, false },
        { "HORIZONFIN_FY2006Q3_8kbody.txt", "grew 16% to $1.1\nbillion, from $933 million", "933", 933_000_000, "2004-12-31", null, false },
        // HORIZONFIN_FY2009Q3 line 31: "construction and development loan balances declining $52 million from September 30, 2008".
        { "HORIZONFIN_FY2009Q3_ex991.txt", "balances declining $52\nmillion", "52", 52_000_000, "2008-10-01", "2008-12-31", true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ChangeWordsAndTheLevelTheyReach(string file, string context, string printed, double value, string start, string? end, bool change)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", file));
        var text = r.Document.Text;
        var at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sentence is in {file}");
        var figure = text.IndexOf(printed, at, StringComparison.Ordinal);
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        Assert.Equal((decimal)value, fact.Value);
        Period expected = end is null ? new Instant(DateOnly.Parse(start)) : new Duration(DateOnly.Parse(start), DateOnly.Parse(end));
        Assert.Equal(expected, fact.Period);
        Assert.Equal(change, fact.Measure!.EndsWith(" change", StringComparison.Ordinal));
    }

    [Theory]
    // Measures lose the verb of change whatever its form (corpus clauses).
    [InlineData("net income grows over", "net income")]
    [InlineData("Revenue Grows", "revenue")]
    [InlineData("residential loans dropped", "residential loans")]
    [InlineData("the efficiency ratio improved to", "efficiency ratio")]
    [InlineData("These results compare to revenue of", "revenue")]
    public void MeasuresLoseTheVerbOfChange(string clause, string measure) =>
        Assert.Equal(measure, Tickmark.Narrative.MeasurePhrase.Of(clause));

    /// <summary>
    /// AAPL_FY2011Q1_ex991.htm line 11: "These results compare to revenue of $15.68 billion and net quarterly profit of
    /// $3.38 billion, or $3.67 per diluted share, in the year-ago quarter." The adjective "quarterly" names no quarter:
    /// every figure of the sentence is the year-ago quarter's (Apple's fiscal 2010 first quarter, Sep 27 - Dec 26, 2009).
    /// </summary>
    [Theory]
    [InlineData("15.68", 15_680_000_000)]
    [InlineData("3.38", 3_380_000_000)]
    [InlineData("3.67", 3.67)]
    public void AQuarterlyAdjectiveNamesNoQuarter(string printed, double value)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "AAPL_FY2011Q1_ex991.htm"));
        var at = r.Document.Text.IndexOf("These results compare to revenue of", StringComparison.Ordinal);
        Assert.True(at >= 0, "the sentence is in the document");
        var figure = r.Document.Text.IndexOf(printed, at, StringComparison.Ordinal);
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(new Duration(new DateOnly(2009, 9, 27), new DateOnly(2009, 12, 26)), fact.Period);
    }

    /// <summary>
    /// ASTAFUNDING_FY2004Q4_ex991.txt lines 33-35: "Diluted earnings per share reflect 4,950,000 additional shares
    /// outstanding from the sale of shares in a secondary offering at the end of June 2003." A share count with words
    /// between the number and "shares" is a share count, named by those words, at the date the text gives.
    /// </summary>
    [Fact]
    public void AShareCountWithItsAdjectives()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "ASTAFUNDING_FY2004Q4_ex991.txt"));
        var figure = r.Document.Text.IndexOf("4,950,000 additional shares", StringComparison.Ordinal);
        Assert.True(figure >= 0, "the sentence is in the document");
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        Assert.Equal(4_950_000m, fact.Value);
        Assert.Equal(Tickmark.Units.Unit.Shares, fact.Unit);
        Assert.Equal("additional shares outstanding", fact.Measure);
        Assert.Equal(new Instant(new DateOnly(2003, 6, 30)), fact.Period);
    }

    /// <summary>
    /// ORCL_FY2014Q4_ex991.htm lines 55-56 (fiscal Q4 = March 1 - May 31, 2014): "Non-GAAP earnings per share were up 6%
    /// to $0.92, but would have been $0.94 if not for the currency loss in Venezuela." and "GAAP operating cash flow on a
    /// trailing twelve-month basis was $14.9 billion." A counterfactual figure is the figure before it without an item
    /// (per share, non-GAAP); a trailing twelve months are the twelve months to the quarter's end.
    /// </summary>
    [Fact]
    public void WouldHaveBeenAndTrailingTwelveMonths()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "ORCL_FY2014Q4_ex991.htm"));
        var text = r.Document.Text;
        Fact At(string context, string printed)
        {
            var at = text.IndexOf(context, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{context}' is in the document");
            var figure = text.IndexOf(printed, at, StringComparison.Ordinal);
            return Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        }
        var hypothetical = At("but would have been $0.94", "0.94");
        Assert.Equal(0.94m, hypothetical.Value);
        Assert.Equal(Tickmark.Units.Unit.UsdPerShare, hypothetical.Unit);
        Assert.Equal(FactBasis.NonGaap, hypothetical.Basis);
        Assert.Contains("excluding the currency loss in venezuela", hypothetical.Measure);
        Assert.Equal(new Duration(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31)), hypothetical.Period);
        var ttm = At("trailing twelve-month basis was $14.9", "14.9");
        Assert.Equal(14_900_000_000m, ttm.Value);
        Assert.Equal(new Duration(new DateOnly(2013, 6, 1), new DateOnly(2014, 5, 31)), ttm.Period);
        Assert.Equal("gaap operating cash flow", ttm.Measure);
    }
}
