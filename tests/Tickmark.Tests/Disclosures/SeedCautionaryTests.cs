using Tickmark.Cautionary;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Disclosures;

/// <summary>
/// The cautionary language of the seeds and what changed between consecutive releases, checked by
/// reading them: Q3 2006 (001) to Q4 2006 (000) to Q2 2007 (002).
/// </summary>
public class SeedCautionaryTests
{
    private static IReadOnlyList<CautionaryItem> ItemsOf(string seed)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, seed));
        var section = r.Disclosures.Cautionary;
        Assert.NotNull(section);
        foreach (var i in section.Items) Assert.True(section.Span.Contains(i.Span));
        return section.Items;
    }

    [Fact]
    public void NineRiskFactorsAreReadFromEachSeed()
    {
        foreach (var seed in new[] { "000_dda0085de8f3cca4.txt", "001_843828982d2ba441.txt", "002_74f62bdea05537da.txt" })
        {
            var risks = ItemsOf(seed).Where(i => i.Kind == CautionaryItemKind.RiskFactor).ToList();
            Assert.Equal(9, risks.Count);
            Assert.StartsWith("the failure of the Company to achieve or maintain necessary regulatory approvals", risks[0].Text);
            Assert.StartsWith("the risk factors described in the section titled", risks[8].Text);
        }
    }

    [Fact]
    public void FromQ3ToQ4TheStatementNamesRoyaltiesAndQuadraSphereJoinsTheProducts()
    {
        var diff = CautionaryDiff.Compare(ItemsOf("001_843828982d2ba441.txt"), ItemsOf("000_dda0085de8f3cca4.txt"));
        var changed = diff.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
        Assert.All(changed, c => Assert.Equal(ChangeKind.Reworded, c.Kind));
        Assert.Equal(3, changed.Count);
        Assert.Equal(["include statements on the market acceptance of UFE and the expected royalty revenue from Boston Scientific and"], changed[0].WordsAdded);
        Assert.Equal(["and its recently launched QuadraSphere (TM)Microspheres;"], changed[1].WordsAdded);
        Assert.Contains("Quarterly Report on Form 10-Q for the quarter ended September 30, 2006,", changed[2].After!.Text);
        Assert.Contains("Annual Report on Form 10-K for the year ended December 31, 2005,", changed[2].Before!.Text);
    }

    [Fact]
    public void FromQ4ToQ2TheProductLiabilityRiskAndHepaSphereAreAdded()
    {
        var diff = CautionaryDiff.Compare(ItemsOf("000_dda0085de8f3cca4.txt"), ItemsOf("002_74f62bdea05537da.txt"));
        var changed = diff.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
        Assert.All(changed, c => Assert.Equal(ChangeKind.Reworded, c.Kind));
        Assert.Contains(changed, c => c.After!.Text.StartsWith("Cautionary Statement") && c.WordsAdded.Any(w => w.Contains("interventional oncology")));
        Assert.Contains(changed, c => c.After!.Text.StartsWith("The Company may use words such as"));
        Assert.Contains(changed, c => c.After!.Text.StartsWith("These statements are subject") && c.WordsRemoved.Any(w => w.Contains("Boston Scientific")));
        Assert.Contains(changed, c => c.After!.Text.Contains("its HepaSphere MicroSphere and QuadraSphere(TM) Microsphere products"));
        Assert.Contains(changed, c => c.Before!.Text == "competitive pressures;" && c.WordsAdded.Any(w => w.Contains("product liability claims")));
        Assert.Contains(changed, c => c.After!.Text.Contains("for the quarter ended March 31, 2007"));
        Assert.Equal(6, changed.Count);
    }

    [Fact]
    public void AddedAndRemovedItemsKeepTheirPlaces()
    {
        CautionaryItem Risk(string t) => new(CautionaryItemKind.RiskFactor, t, default);
        var diff = CautionaryDiff.Compare(
            [Risk("competitive pressures;"), Risk("currency exchange rates;"), Risk("general economic conditions")],
            [Risk("competitive pressures;"), Risk("cybersecurity incidents affecting our systems;"), Risk("general economic conditions; and")]);
        Assert.Equal([ChangeKind.Unchanged, ChangeKind.Removed, ChangeKind.Added, ChangeKind.Unchanged], diff.Select(c => c.Kind));
    }
}
