using Tickmark.Narrative;
using Tickmark.Tests.Support;
using Tickmark.Text;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// The period phrases are looked for only at words that can start one (a speed prefilter): the phrases found must be
/// exactly those the whole regex finds scanning everywhere, in the corpus and seeds and in spellings at the edges of
/// the prefilter (case, digits, non-ASCII spaces and letters, words glued to others).
/// </summary>
public class PeriodPhraseScanTests
{
    [Theory]
    [InlineData("Revenue for the FOURTH QUARTER of 2006 rose; Q4 FY2006 and Q3.")]
    [InlineData("for the three\u00A0months ended June 30, 2006 and at December 31, 2005")]
    [InlineData("full-year 2006, fiscal 2005, the full year of 2004, in 2003, during 2002 first quarter")]
    [InlineData("xthe quarter, _the quarter, \u00E9the quarter, the\u2009quarter, Thequarter, the quarterly dividend")]
    [InlineData("same period last year; the prior-year period; sequential quarter; immediately preceding quarter")]
    [InlineData("last year\u2019s Q4, 2003 earnings for the fourth quarter, 2005 third-quarter, a year ago")]
    [InlineData("at the end of fiscal 2006, at the end of March 2006, as of quarter-end, at fiscal year-end, year-to-date")]
    [InlineData("on a trailing twelve-month basis, the past 12 months, the last twelve months ended, last quarter")]
    [InlineData("the 39-week fiscal period ended November 2, 2024 and the prior year 13-week quarter ended October 28, 2023")]
    // The words that open a phrase only before certain words, and the digit words that open one.
    [InlineData("THE\u00A0Prior fiscal year, the\tfull-year, the fiscal-year 2006, the   past twelve months, the\u2009last fiscal year, the\u00E9 quarter")]
    [InlineData("a\nyear ago, A Year Earlier, a  yearly, as\u00A0of March 31, 2006, As of quarter-end, on\ta trailing 12-month basis, ON A TRAILING twelve months")]
    [InlineData("this fiscal quarter, This Quarter, current\u2003quarter, the, a, as, on, this, current, the-quarter, a-year ago, as-of")]
    [InlineData("1st quarter, 2ND-quarter of 2005, 3rd\u00A0quarter, 4TH fiscal quarter 2006, 13-week, 39 weeks ended May 3, 2003, 6 months ended, 12-month period of")]
    [InlineData("12 15 and 13 - WEEKS ended May 3, 2003, 6\u00A0Months ended June 30, 2006, 3 period ended, 9 ENDED June 30, 2006, 12 of, 6 mo\u00F1ths, 12  weeksx")]
    [InlineData("1,234 and $6.34 and 2006's results, 20061 and 1999, in 2005, for\u00A02004, 123 weeks, 1.5 months, 2_006, 2006_, \u0662\u0660\u0660\u0666")]
    public void FindsWhatTheWholeRegexFinds(string text) => AssertSame(text);

    [Fact]
    public void FindsWhatTheWholeRegexFindsInEveryCorpusAndSeedRelease()
    {
        foreach (var text in CorpusAndSeedTexts()) AssertSame(text);
    }

    private static void AssertSame(string text) =>
        AssertSameMatches(NarrativePeriodReader.Phrase().Matches(text), NarrativePeriodReader.Phrases(text));

    internal static IEnumerable<string> CorpusAndSeedTexts() =>
        Directory.GetFiles(Path.Combine(Paths.Corpus, "text")).Concat(Directory.GetFiles(Paths.Seeds))
            .Select(file => TextDecoder.Decode(File.ReadAllBytes(file)).Text);

    /// <summary>The scanned matches are the whole regex's, position and length.</summary>
    internal static void AssertSameMatches(IEnumerable<System.Text.RegularExpressions.Match> whole, IEnumerable<System.Text.RegularExpressions.Match> scanned) =>
        Assert.Equal(whole.Select(m => (m.Index, m.Length)).ToList(), scanned.Select(m => (m.Index, m.Length)).ToList());
}

/// <summary>The prose figures are looked for only at '$', digits and number words (a speed prefilter): the same as the whole regex finds.</summary>
public class ProseFigureScanTests
{
    [Theory]
    [InlineData("Revenue was $6.34 million, or $0.02 per share, up 23% and SEVEN PERCENT; 27 cents a share")]
    [InlineData("sold 4.13 million Macs; 1,234,567 common shares; ($0.01) per share; 12.5 percent; seventeen percent")]
    [InlineData("xseven percent, _two percent, \u00E9two percent, two\u00A0percent, \u0663 percent, $\u0664, 5\u00A0%")]
    [InlineData("4,950,000 additional shares outstanding; 2 million new common shares")]
    // Digits after a digit, '.', ',' or '$' are not tried: the counts after "sold" and the numbers after other marks still are.
    [InlineData("sold 12 million units, shipped 1,234 thousand Macs and 56 thousand iPods; x12%, _5 percent, (4%), -3%, 1.5.6%, $1$2, 7/8%")]
    public void FindsWhatTheWholeRegexFinds(string text) => AssertSame(text);

    [Fact]
    public void FindsWhatTheWholeRegexFindsInEveryCorpusAndSeedRelease()
    {
        foreach (var text in PeriodPhraseScanTests.CorpusAndSeedTexts()) AssertSame(text);
    }

    private static void AssertSame(string text) =>
        PeriodPhraseScanTests.AssertSameMatches(ProseFigureFinder.Figure().Matches(text), ProseFigureFinder.Figures(text));
}
