using Tickmark.Extraction;
using Tickmark.Html;
using Tickmark.Text;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Hostile;

/// <summary>
/// Deeply nested HTML: the parser and the tree walks recurse per level, and a stack overflow ends
/// the process. Elements deeper than the limit are flattened before parsing, offsets kept.
/// </summary>
[Collection(Tickmark.Tests.Support.ScalingCollection.Name)]
public sealed class NestingTests
{
    private static readonly Extractor Extractor = new();

    [Fact]
    public void ThreeThousandNestedPreElementsAreReadNotAStackOverflow()
    {
        var html = "<html><body>" + HostileInputs.Repeat("<pre>", 3000) + "Revenues were $5.2 million." + HostileInputs.Repeat("</pre>", 3000) + "</body></html>";
        var result = Extractor.ExtractBytes("deep-pre.htm", HostileInputs.Utf8(html));
        // No table: the release is refused with a diagnostic, and the process is still here to say so.
        Assert.Contains(result.Diagnostics, d => d.Code == "TM004");
    }

    [Fact]
    public void ATableInsideAHundredThousandNestedDivsStillGivesItsFacts()
    {
        var release = HostileInputs.HtmlRelease();
        var body = release.IndexOf("<table>", StringComparison.Ordinal);
        var html = release[..body] + HostileInputs.Repeat("<div>", 100_000) + release[body..] ;
        var result = Extractor.ExtractBytes("deep-div.htm", HostileInputs.Utf8(html));
        Assert.False(result.Failed, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var revenue = Assert.Single(result.Facts, f => f.Label == "Revenues" && f.Value == 1_234_000m);
        Assert.Equal("1,234", html.Substring(revenue.Span.Start, revenue.Span.Length));
    }

    [Fact]
    public void FlattenedNestingIsAWarningNamingTheLineOfTheFirstTagFlattened()
    {
        var release = HostileInputs.HtmlRelease();
        var body = release.IndexOf("<table>", StringComparison.Ordinal);
        // 250 wrappers, one per line, on the two elements open there: the one that would open level MaxDepth + 1 is the first flattened.
        var wrappers = HostileInputs.Repeat("<div>\n", 250);
        var html = release[..body] + wrappers + release[body..];
        var result = Extractor.ExtractBytes("deep-div.htm", HostileInputs.Utf8(html));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TM015");
        const int open = 2; // <html> and <body>: the paragraphs before the table are closed
        var firstFlattened = html[..body].Count(c => c == '\n') + 1 + (NestingGuard.MaxDepth - open);
        Assert.Equal(firstFlattened, warning.Line);
        Assert.Equal(global::Tickmark.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Contains($"{250 - (NestingGuard.MaxDepth - open)} start tags", warning.Message);
        Assert.Contains(result.Facts, f => f.Label == "Revenues" && f.Value == 1_234_000m);
    }

    [Fact]
    public void NoWarningWhenNothingIsFlattened() =>
        Assert.DoesNotContain(Extractor.ExtractBytes("plain.htm", HostileInputs.Utf8(HostileInputs.HtmlRelease())).Diagnostics, d => d.Code == "TM015");

    private static string InNestedDivs(int depth)
    {
        var release = HostileInputs.HtmlRelease();
        var body = release.IndexOf("<table>", StringComparison.Ordinal);
        return release[..body] + HostileInputs.Repeat("<div>", depth) + release[body..];
    }

    private static void Read(byte[] html) => Assert.False(Extractor.ExtractBytes("deep-div.htm", html).Failed);

    [Fact]
    public void FourTimesAsManyNestedDivsCostAboutTheSamePerByte()
    {
        // 100,000 nested divs once took 115 s (quadratic in the depth); a ratio of times per byte, never a wall-clock limit.
        // Quadratic work grows the time per byte 4x between these depths; linear work stays near 1x.
        var growth = TimePerByte.Growth(HostileInputs.Utf8(InNestedDivs(25_000)), HostileInputs.Utf8(InNestedDivs(100_000)), Read);
        Assert.True(growth < 2.5, $"time per byte grew {growth:F2}x from 25,000 to 100,000 nested divs");
    }

    [Fact]
    public void FlatteningKeepsEveryOffsetAndEveryCharacterOfText()
    {
        var html = "<p>" + HostileInputs.Repeat("<span>", 50) + "Revenues of $5.2 million" + HostileInputs.Repeat("</span>", 50) + "</p>";
        var flat = NestingGuard.Flatten(html, 10, out var flattened);
        Assert.Equal(html.Length, flat.Length);
        Assert.Equal(41, flattened.Count); // p and nine spans keep their tags; the other 41 spans are blanked
        Assert.Equal(html.IndexOf("Revenues", StringComparison.Ordinal), flat.IndexOf("Revenues of $5.2 million", StringComparison.Ordinal));
        Assert.Equal(10, CountOf(flat, "<span>") + CountOf(flat, "<p>"));
        Assert.Equal(10, CountOf(flat, "</span>") + CountOf(flat, "</p>"));
    }

    [Fact]
    public void ADocumentWithinTheLimitIsLeftAsItIs()
    {
        var html = HostileInputs.HtmlRelease();
        Assert.Same(html, NestingGuard.Flatten(html));
    }

    [Fact]
    public void UnclosedCellsParagraphsAndVoidElementsDoNotCountAsNesting()
    {
        // A thousand rows of unclosed cells, a thousand <p> and <br> without end tags: never deeper than a few levels.
        var html = "<table>" + HostileInputs.Repeat("<tr><td>1<td>2<br><img src=x>", 1000) + "</table>" + HostileInputs.Repeat("<p>text<br>", 1000);
        Assert.Same(html, NestingGuard.Flatten(html, 20, out var flattened));
        Assert.Equal(0, flattened.Count);
    }

    [Fact]
    public void ScriptContentIsNotReadAsTags()
    {
        var html = "<script>" + HostileInputs.Repeat("<div>", 500) + "</script><p>x</p>";
        Assert.Same(html, NestingGuard.Flatten(html, 20));
    }

    [Fact]
    public void ProseFigureSpansInDeeplyNestedSpansCoverTheNumber()
    {
        var prose = HostileInputs.Repeat("<span><b>", 400) + "Revenues were $1.2 million for the quarter." + HostileInputs.Repeat("</b></span>", 400);
        var html = HostileInputs.HtmlRelease(prose);
        var result = Extractor.ExtractBytes("deep-span.htm", HostileInputs.Utf8(html));
        var figure = Assert.Single(result.Facts, f => f.Origin == global::Tickmark.Facts.FactOrigin.Narrative && f.Value == 1_200_000m);
        Assert.True(figure.Span.Length > 0);
        Assert.Contains("1.2", html.Substring(figure.Span.Start, figure.Span.Length));
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
