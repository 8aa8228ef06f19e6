using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Narrative;

/// <summary>A prose net loss carries the sign its signed element needs, and is checked against the table with that sign (issue 13).</summary>
public class ProseLossSignTests
{
    [Fact]
    public void HorizonsNetLossesAreNegativeUnderNetIncomeLoss()
    {
        // HORIZONFIN_FY2009Q3 lines 15-17: "it had a net loss of $5.1 million ... compared to a net loss of $4.6 million".
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "HORIZONFIN_FY2009Q3_ex991.txt"));
        var losses = r.Facts.Where(f => f.Origin == FactOrigin.Narrative && f.Concept == "us-gaap:NetIncomeLoss" && f.Measure!.Contains("loss")).ToList();
        Assert.Contains(-4_600_000m, losses.Select(f => f.XbrlValue));
        Assert.All(losses, f => Assert.True(f.Value > 0 && f.XbrlValue == -f.Value)); // value stays the magnitude as printed
    }

    [Fact]
    public void ANetLossIsCheckedWithItsSign()
    {
        // "a net loss of $4.6 million ... in the immediate prior quarter"; the statement of income prints (4,605) for September 30, 2008.
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "HORIZONFIN_FY2009Q3_ex991.txt"));
        var check = Assert.Single(r.Checks, c => c.Rule == "prose-table" && c.Message.StartsWith("prose net loss -4,600,000", StringComparison.Ordinal));
        Assert.Contains("-4,605,000", check.Message);
        Assert.Equal(CheckStatus.Rounding, check.Status); // $4.6 million is 4,550,000 to 4,650,000: the printed precision, not a sign ignored
    }
}
