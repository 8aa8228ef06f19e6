using Tickmark.Formats;
using Tickmark.Tests.Support;
using Tickmark.Text;

namespace Tickmark.Tests.Formats;

/// <summary>
/// The submission-start regex runs only on an opening with a '&lt;' before an S, I or D (a speed prefilter): it must
/// say what the whole regex says on the opening of every corpus and seed release (text and HTML) and on spellings at
/// the prefilter's edges.
/// </summary>
public class SubmissionStartScanTests
{
    [Theory]
    [InlineData("<SEC-DOCUMENT>0001.txt"), InlineData("<sec-header>"), InlineData("<IMS-HEADER>"), InlineData("  \n  <DOCUMENT>  \nx")]
    [InlineData("<document>"), InlineData("<PAGE>\n<TYPE>EX-99"), InlineData("x <DOCUMENT> y"), InlineData("<"), InlineData("a<"), InlineData("<\u017FEC-HEADER>")]
    [InlineData("<html><body>"), InlineData("no tags at all"), InlineData("<P>\n<DOCUMENT>\n")]
    public void SaysWhatTheWholeRegexSays(string opening) => AssertSame(opening);

    [Fact]
    public void SaysWhatTheWholeRegexSaysOnEveryCorpusOpening()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.Corpus, "text")).Concat(Directory.GetFiles(Path.Combine(Paths.Corpus, "html")))
            .Concat(Directory.GetFiles(Paths.Seeds));
        foreach (var file in files)
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text;
            AssertSame(text[..Math.Min(text.Length, 4096)]);
        }
    }

    private static void AssertSame(string opening) =>
        Assert.Equal(FormatDetector.SubmissionStart().IsMatch(opening), FormatDetector.IsSubmissionStart(opening));
}
