using Tickmark.Units;

namespace Tickmark.Tests.Units;

/// <summary>
/// The scale-note regex runs only on text that prints "000", "thousands", "millions" or "billions" (a speed
/// prefilter): where the prefilter says no, the whole regex must find nothing, on every line of the corpus and
/// seed releases (with the lines around it) and on spellings at the prefilter's edges.
/// </summary>
public class ScaleNoteScanTests
{
    [Theory]
    [InlineData("(In THOUSANDS)"), InlineData("($000)"), InlineData("(000's omitted)"), InlineData("Dollars in Millions"), InlineData("$ in billions")]
    [InlineData("(in thousand)"), InlineData("(in 00s)"), InlineData("(In Mi\u0131lions)"), InlineData("(in thou\u017Fands)"), InlineData("in \uFF10\uFF10\uFF10s")]
    public void TheRegexRunsWhereItCanMatch(string text) => AssertNoMissedNote(text);

    [Fact]
    public void TheRegexRunsWhereItCanMatchOnEveryCorpusLine()
    {
        foreach (var text in Narrative.PeriodPhraseScanTests.CorpusAndSeedTexts())
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                AssertNoMissedNote(lines[i]);
                if (i + 2 < lines.Length) AssertNoMissedNote(string.Join('\n', lines[i..(i + 3)]));
            }
        }
    }

    private static void AssertNoMissedNote(string text)
    {
        if (!ScaleNote.MayNameScale(text)) Assert.False(ScaleNote.Note().IsMatch(text), text);
    }
}
