using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// Whitespace.Collapse and Squeeze stand in for <c>Regex.Replace(s, @"\s+", " ")</c> (and its Trim) in the prose
/// stages: they must give the same string for every white-space character the regex knows and on every release.
/// </summary>
public class WhitespaceTests
{
    private static readonly Regex Spaces = new(@"\s+");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("net  income")]
    [InlineData("  total\r\n revenues \t")]
    [InlineData("a\u00A0b\u2009c\u2028d\u0085e\u000Bf\u3000g")]
    [InlineData("single spaces only")]
    [InlineData("\u200Bzero width is not white space\uFEFF")]
    public void GivesWhatTheRegexGives(string text) => AssertSame(text);

    [Fact]
    public void GivesWhatTheRegexGivesForEveryCharacter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            AssertSame($"x{ch}y");
            AssertSame($"x {ch}{ch}y{ch}");
        }
    }

    [Fact]
    public void GivesWhatTheRegexGivesOnEveryCorpusAndSeedRelease()
    {
        foreach (var text in PeriodPhraseScanTests.CorpusAndSeedTexts())
        {
            AssertSame(text);
            // Short pieces too: under the stack buffer's size and across line breaks.
            for (var i = 0; i + 300 < text.Length; i += 997) AssertSame(text.Substring(i, 300));
        }
    }

    private static void AssertSame(string text)
    {
        var collapsed = Spaces.Replace(text, " ");
        Assert.Equal(collapsed, Whitespace.Collapse(text));
        Assert.Equal(collapsed, Whitespace.Collapse(text.AsSpan()));
        Assert.Equal(collapsed.Trim(), Whitespace.Squeeze(text));
        Assert.Equal(collapsed.Trim(), Whitespace.Squeeze(text.AsSpan()));
    }
}
