using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Tests.Tables;

/// <summary>
/// A label's trailing marks are looked for only when its last character can end one (a speed prefilter): no character
/// outside the prefilter's set (white space aside: the text is trimmed) completes a mark in any context of the regex's branches, and the labels of every corpus
/// and seed table lose the same marks as with the regex always run.
/// </summary>
public class LabelMarkScanTests
{
    [Fact]
    public void NoOtherLastCharacterEndsAMark()
    {
        string[] before = ["abcd", "Net sales (", "Net sales (1", "Net sales (i", "Net sales (ab", "x", "Basic ", "Total *", "a \u00B9"];
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            // White space never ends the trimmed text the prefilter sees ('$' matches before a final newline).
            if (LabelText.MayEndMark(c) || char.IsWhiteSpace(c)) continue;
            foreach (var b in before) Assert.False(LabelText.TrailingMark().IsMatch(b + c), $"U+{(int)c:X4} after '{b}'");
        }
    }

    [Theory]
    [InlineData("Net sales (1)"), InlineData("Net sales (a) (ii)"), InlineData("Revenue*"), InlineData("Revenue\u00B9"), InlineData("Basic3")]
    [InlineData("Basic\u0663"), InlineData("Net income"), InlineData("(1)"), InlineData("Total (in thousands)"), InlineData("")]
    public void LosesTheMarksTheRegexFinds(string label) => Assert.Equal(Reference(label), LabelText.WithoutMarks(label));

    [Fact]
    public void CorpusLabelsLoseTheMarksTheRegexFinds()
    {
        foreach (var text in Narrative.PeriodPhraseScanTests.CorpusAndSeedTexts())
        {
            var lines = LineView.Of(LineClassifier.Classify(new SourceDocument("x", text, "")));
            foreach (var region in TableLocator.Locate(lines))
                foreach (var row in TextTableReader.Read(lines, region).Rows)
                    Assert.Equal(Reference(row.Label), LabelText.WithoutMarks(row.Label));
        }
    }

    /// <summary>The loop with the regex run every time.</summary>
    private static string Reference(string label)
    {
        var text = label.TrimEnd();
        while (LabelText.TrailingMark().Match(text) is { Success: true, Index: > 0 } m) text = text[..m.Index].TrimEnd();
        return text;
    }
}
