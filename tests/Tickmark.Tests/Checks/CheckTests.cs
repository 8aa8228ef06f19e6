using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Tests.Support;
using Tickmark.Text;

namespace Tickmark.Tests.Checks;

public class CheckTests
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(Paths.Seeds, name));

    private static ExtractionResult Extract(string text) => new Extractor().Extract(SourceDocument.FromText(text, "seed"));

    [Theory]
    [InlineData("000_dda0085de8f3cca4.txt")]
    [InlineData("001_843828982d2ba441.txt")]
    [InlineData("002_74f62bdea05537da.txt")]
    public void NoCheckFailsOnTheSeedsAsPublished(string seed)
    {
        var r = Extract(Seed(seed));
        Assert.True(r.Checks.Count >= 30, $"{r.Checks.Count} checks");
        Assert.Contains(r.Checks, c => c.Rule == "footing");
        Assert.Contains(r.Checks, c => c.Rule == "balance");
        Assert.Contains(r.Checks, c => c.Rule == "per-share");
        Assert.Contains(r.Checks, c => c.Rule == "prose-table");
        Assert.DoesNotContain(r.Checks, c => c.Status == CheckStatus.Fail);
    }

    [Theory]
    // A part of a total: footing fails.
    [InlineData("   Cost of revenues              1,891", "   Cost of revenues              2,891", "footing")]
    // Revenues in the table against "$6.34 million" in the prose.
    [InlineData("Revenues                       $ 6,342", "Revenues                       $ 7,342", "prose-table")]
    // A balance sheet total.
    [InlineData("     Total assets                            $   32,079", "     Total assets                            $   42,079", "balance")]
    // Per-share figure against result to common / shares.
    [InlineData("   Basic and diluted           $ (0.02)  $ (0.02)  $  (0.17)", "   Basic and diluted           $ (0.02)  $ (0.02)  $  (0.27)", "per-share")]
    // A prose figure against its table row.
    [InlineData("Gross margin was $4.45 million", "Gross margin was $5.45 million", "prose-table")]
    public void AChangedLeadingDigitMakesACheckFail(string printed, string changed, string rule)
    {
        var text = Seed("000_dda0085de8f3cca4.txt");
        Assert.Contains(printed, text);
        var r = Extract(text.Replace(printed, changed));
        Assert.Contains(r.Checks, c => c.Status == CheckStatus.Fail && c.Rule == rule);
    }

    [Theory]
    [InlineData(6_342_000, 6_340_000, -4, CheckStatus.Rounding)]
    [InlineData(6_392_000, 6_340_000, -4, CheckStatus.Fail)]
    [InlineData(6_340_000, 6_340_000, -4, CheckStatus.Pass)]
    public void RoundingFollowsThePrintedPrecision(int table, int prose, int decimals, CheckStatus expected) =>
        Assert.Equal(expected, Tolerance.Compare(table, 0, prose, decimals));
}

public class CheckCommandTests
{
    [Fact]
    public void TheSeedsPassAndTheReportEndsWithACount()
    {
        var stdout = new StringWriter();
        var code = Tickmark.Cli.CheckCommand.Run([Path.Combine(Paths.RepoRoot, "samples", "bsmd")], stdout, new StringWriter());
        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\d+ pass, \d+ rounding, 0 fail; \d+ of \d+ facts unchecked$", lines[^1]);
        Assert.Contains(lines, l => l.Contains("rounding") && l.Contains("prose revenues") && l.Contains(":"));
        // Every figure no check touches is listed, as many as the closing line counts (summed over the three seeds).
        var counted = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"; (\d+) of \d+ facts unchecked$")).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(counted, lines.Count(l => l.StartsWith("  unchecked ")));
    }

    [Fact]
    public void TheJsonLinksAStatedChangeToTheFiguresItRelates()
    {
        static int GroundTruthOffset(string text) => GroundTruth.Load("000_dda0085de8f3cca4.json").Prose.First(p => p.Text == text).Span.Start;
        // Seed 000: "total revenues ... were $6.34 million, compared to ... $5.15 million ..., an increase of 23%"
        // at offsets 648, 693 and 753 of the ground truth.
        var stdout = new StringWriter();
        Tickmark.Cli.ExtractCommand.Run([Path.Combine(Paths.Seeds, "000_dda0085de8f3cca4.txt")], "json", stdout, new StringWriter());
        var facts = System.Text.Json.JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("facts").EnumerateArray().ToList();
        int At(int offset) => facts.FindIndex(f => f.GetProperty("source").GetProperty("offset").GetInt32() == offset);
        var link = facts[At(753)].GetProperty("link");
        Assert.Equal("change-of", link.GetProperty("kind").GetString());
        Assert.Equal([At(648), At(693)], link.GetProperty("facts").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("comparative-of", facts[At(693)].GetProperty("link").GetProperty("kind").GetString());
        // "revenues in the United States were $4.59 million" (its place in the ground truth) is part of the $6.34 million.
        Assert.Equal(At(648), facts[At(GroundTruthOffset("4.59"))].GetProperty("partOf").GetInt32());
    }
}
