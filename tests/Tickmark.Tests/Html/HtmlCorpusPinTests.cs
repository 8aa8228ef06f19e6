using Tickmark.Tests.Corpus;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Html;

/// <summary>
/// The HTML corpus releases' consolidated income statement and balance sheet: periods, scale and
/// cells typed by hand from each document into Corpus/pins/html, checked as the text pins are.
/// </summary>
public class HtmlCorpusPinTests
{
    public static TheoryData<string> HtmlPins() => new(Directory.GetFiles(Path.Combine(Paths.Pins, "html"), "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(HtmlPins))]
    public void PinnedStatementsAndCellsComeOut(string pinFile)
    {
        var problems = CorpusPinTests.Check(Path.Combine(Paths.Pins, "html", pinFile));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryHtmlCorpusDocumentHasPins()
    {
        var documents = Directory.GetFiles(Path.Combine(Paths.Corpus, "html")).Select(Path.GetFileNameWithoutExtension).Order();
        var pinned = Directory.GetFiles(Path.Combine(Paths.Pins, "html"), "*.json").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(documents, pinned);
    }
}
