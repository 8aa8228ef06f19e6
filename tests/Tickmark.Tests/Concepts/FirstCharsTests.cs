using System.Text.RegularExpressions;
using Tickmark.Concepts;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Tests.Support;
using Tickmark.Text;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// A label is tried only against the concept rules whose pattern can start with its first character (a speed
/// prefilter): the rules a label fits must be exactly those the whole table's patterns match, for every normalized
/// label of common-lines.tsv and of the corpus and seed tables, and for variants of them at the prefilter's edges.
/// </summary>
public sealed class FirstCharsTests
{
    [Theory]
    [InlineData("^(?:(net )?income)$", "in")]
    [InlineData("^(?:a?b|c*d)$", "abcd")]
    [InlineData(@"^(?:\(loss\)|[a-c]x|[ ,-]y)$", "(abc ,-")]
    [InlineData(@"^(?:\bx{2}|(?:y){0,2}z)$", "xyz")]
    public void FirstCharactersOfAPattern(string pattern, string chars) =>
        Assert.Equal(chars.Order().ToArray(), FirstChars.Of(new Regex(pattern))!.Order().ToArray());

    [Theory]
    [InlineData("^(?:x*)$")] // matches nothing too
    [InlineData(@"^(?:\dx)$")] // any Unicode digit
    [InlineData("^(?:.x)$"), InlineData(@"^(?:\wx)$"), InlineData(@"^(?:\sx)$"), InlineData("^(?:(?i)x)$"), InlineData("^(?:(?=a)a)$")]
    [InlineData("^(?:[^a]x)$"), InlineData("^(?:(?<n>a)x)$"), InlineData(@"^(?:(a)\1)$"), InlineData("^(?:a{,2}x)$")]
    public void AnythingElseIsAnyCharacter(string pattern) => Assert.Null(FirstChars.Of(new Regex(pattern)));

    [Fact]
    public void CaseInsensitivePatternsAreAnyCharacter() => Assert.Null(FirstChars.Of(new Regex("^(?:x)$", RegexOptions.IgnoreCase)));

    [Fact]
    public void TheRulesALabelFitsAreThoseItsPatternsMatch()
    {
        var table = ConceptMap.Default.Rules;
        var labels = Labels().Distinct().ToList();
        Assert.True(labels.Count > 2000, $"{labels.Count} labels");
        var known = table.Rules.Count(r => FirstChars.Of(r.Label) is not null);
        Assert.True(known > table.Rules.Count / 2, $"{known} of {table.Rules.Count} patterns with known first characters");
        foreach (var label in labels)
            Assert.Equal(table.Rules.Where(r => r.Label.IsMatch(label)).Select(r => r.Line), table.Fitting(label).Select(r => r.Line));
    }

    private static IEnumerable<string> Labels()
    {
        var printed = File.ReadLines(Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Concepts", "common-lines.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[2]).ToList();
        foreach (var text in Narrative.PeriodPhraseScanTests.CorpusAndSeedTexts())
        {
            var lines = LineView.Of(LineClassifier.Classify(new SourceDocument("x", text, "")));
            foreach (var region in TableLocator.Locate(lines))
                printed.AddRange(TextTableReader.Read(lines, region).Rows.Select(r => r.Label));
        }
        foreach (var label in printed.Select(ConceptMap.Normalize))
        {
            yield return label;
            // Each word suffix, and the label after a mark, a digit, a capital or a non-ASCII letter.
            for (var at = label.IndexOf(' '); at >= 0; at = label.IndexOf(' ', at + 1)) yield return label[(at + 1)..];
            foreach (var lead in new[] { "(", "1", "\u0661", "N", "\u00E9", " ", "" }) yield return lead + label;
        }
        yield return "";
        yield return "\n";
    }
}
