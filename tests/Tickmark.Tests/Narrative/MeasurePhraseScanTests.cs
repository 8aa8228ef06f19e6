using Tickmark.Narrative;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// The measure's period words and leading words are cut by regexes that run only where they can match (a speed
/// prefilter): where the prefilter says a regex cannot match, the whole regex must find nothing (or, for the leading
/// words, the same as the regex without its "... reported" branch), in every clause before a figure of the corpus and
/// seeds, in every word-suffix of those clauses, and in spellings at the prefilter's edges.
/// </summary>
public class MeasurePhraseScanTests
{
    [Theory]
    [InlineData("total revenues for the fourth quarter of 2006 were $")]
    [InlineData("net income for the thirteen WEEKS were")]
    [InlineData("sales in the six MONTHS ended were")]
    [InlineData("revenue for the Quarter was"), InlineData("revenue for the PERIOD was"), InlineData("the Year-to-date net income")]
    [InlineData("revenue in \u0662\u0660\u0660\u0666 was"), InlineData("revenue for the \u212Auarter was"), InlineData("sales for the ye\u00E1r")]
    [InlineData("net income was"), InlineData("earnings per share of"), InlineData("in addition, gross margin of")]
    public void PeriodWordsRunWhereTheyCanMatch(string clause) => AssertPeriodWords(clause);

    [Theory]
    [InlineData("The company today REPORTED net income of"), InlineData("XYZ Corp. announced revenue of"), InlineData("we posted sales of")]
    [InlineData("it Recorded a gain of"), InlineData("recognized revenue of"), InlineData("po\u017Fted revenue of"), InlineData("reported that revenue of")]
    [InlineData("in addition, revenue of"), InlineData("however, net income of"), InlineData("the company had sales of"), InlineData("net income")]
    public void LeadingWordsRunWhereTheyCanMatch(string clause) => AssertLeading(clause);

    [Fact]
    public void TheRegexesRunWhereTheyCanMatchInEveryCorpusAndSeedClause()
    {
        var clauses = 0;
        foreach (var clause in CorpusClauses())
        {
            clauses++;
            var at = 0;
            while (at >= 0 && at < clause.Length)
            {
                var suffix = clause[at..];
                AssertPeriodWords(suffix);
                AssertLeading(suffix);
                AssertSameAsReplace(suffix);
                at = clause.IndexOf(' ', at + 1);
                if (at >= 0) at++;
            }
        }
        Assert.True(clauses > 3000, $"{clauses} clauses"); // 3,913 clauses on main 8a9e210
    }

    /// <summary>The cuts without Regex.Replace give Replace's strings.</summary>
    private static void AssertSameAsReplace(string text)
    {
        Assert.Equal(MeasurePhrase.PeriodWords().Replace(text, " "), MeasurePhrase.ReplaceEach(MeasurePhrase.PeriodWords(), text, ' '));
        foreach (var regex in new[] { MeasurePhrase.Trailing(), MeasurePhrase.Leading(), MeasurePhrase.LeadingWords(), MeasurePhrase.PeriodLead() })
            Assert.Equal(regex.Replace(text, "", 1), MeasurePhrase.RemoveFirst(regex, text));
    }

    [Theory]
    [InlineData("revenue for the fourth quarter of 2006 and in 2005 rose"), InlineData("2006"), InlineData("in 2006 for 2005"), InlineData("x")]
    [InlineData("net income of total revenues were"), InlineData("the company today reported net income of"), InlineData("Q4 revenue was")]
    public void CutsWithoutReplaceGiveReplacesStrings(string text) => AssertSameAsReplace(text);

    private static void AssertPeriodWords(string text)
    {
        if (!MeasurePhrase.MayNamePeriod(text)) Assert.False(MeasurePhrase.PeriodWords().IsMatch(text), text);
    }

    private static void AssertLeading(string text)
    {
        if (!MeasurePhrase.MayReport(text))
            Assert.Equal(MeasurePhrase.Leading().Replace(text, "", 1), MeasurePhrase.LeadingWords().Replace(text, "", 1));
    }

    /// <summary>The words before each prose figure of every corpus and seed release (from the paragraph start or the figure before).</summary>
    private static IEnumerable<string> CorpusClauses()
    {
        foreach (var text in PeriodPhraseScanTests.CorpusAndSeedTexts())
            foreach (var paragraph in text.Split("\n\n"))
            {
                var previous = 0;
                foreach (var figure in ProseFigureFinder.Find(paragraph, 0))
                {
                    if (figure.Span.Start <= previous) continue;
                    yield return MeasurePhrase.Clause(paragraph, previous, figure.Span.Start);
                    previous = figure.Span.End;
                }
            }
    }
}
