using Tickmark.Narrative;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// What a prose figure measures, from the words of its clause: period words, reporting verbs and what is left of
/// the comparison before it are not part of the measure. Each clause is the text before a figure in a corpus release.
/// </summary>
public class MeasurePhraseTests
{
    [Theory]
    // HORIZONFIN_FY2007Q1_8kbody.txt line 105: "For the quarter ended June 30, 2006, net income was $4.6 million"
    [InlineData("For the quarter ended June 30, 2006, net income was", "net income")]
    // NVIDIA newsroom bullets: "Second-quarter revenue was $41.1 billion, up 5% from the previous quarter and up 56% from a year ago."
    [InlineData("Second-quarter revenue was", "revenue")]
    [InlineData("Second-quarter Gaming revenue was", "gaming revenue")]
    [InlineData("the previous quarter and up", "")]
    [InlineData("a year ago and up", "")]
    // NVDA_FY2024Q3: "GAAP earnings per diluted share for the quarter were $3.71"
    [InlineData("GAAP earnings per diluted share for the quarter were", "gaap earnings per diluted share")]
    // NVDA: "NVIDIA (NASDAQ: NVDA) today reported revenue for the third quarter ended October 29, 2023, of $18.12 billion"
    [InlineData("NVIDIA (NASDAQ: NVDA) today reported revenue for the third quarter ended October 29, 2023, of", "revenue")]
    // ASTAFUNDING_FY2004Q2_ex992.txt: "o    Cash collections for the quarter and six months ended March 31, 2004 were"
    [InlineData("o Cash collections for the quarter and six months ended March 31, 2004 were", "cash collections")]
    // HORIZONFIN_FY2006Q3_8kbody.txt: "At the same time, the book value at the fiscal year end is up $"
    [InlineData("At the same time, the book value at the fiscal year end is up", "book value")]
    // ASTAFUNDING_FY2004Q4_ex991.txt: "Net income for the fourth quarter ended September 30, 2004, rose 52% to a record $"
    [InlineData("Net income for the fourth quarter ended September 30, 2004, rose", "net income")]
    [InlineData("an increase of", "")]
    public void TheMeasureIsWhatTheClauseNames(string clause, string measure) =>
        Assert.Equal(measure, MeasurePhrase.Of(clause));

    [Theory]
    // A sentence splits at a period and a capital, not after an abbreviation.
    [InlineData("Acme Corp. reported revenue of $5 million. Net income was $1 million.", 2)]
    [InlineData("Revenue in the U.S. grew 5%. Sales in Europe fell.", 2)]
    [InlineData("EPS was $1.05 per share, up from $0.95.", 1)]
    public void SentencesSplitAtTheirEnds(string text, int count) =>
        Assert.Equal(count, ProseSentences.Split(text).Count);
}
