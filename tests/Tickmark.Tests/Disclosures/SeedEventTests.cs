using Tickmark.Events;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Disclosures;

/// <summary>Every event bullet of each seed's highlights is an event of the right kind, typed from the release.</summary>
public class SeedEventTests
{
    private static IReadOnlyList<ReleaseEvent> EventsOf(string seed)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, seed));
        foreach (var e in r.Disclosures.Events)
        {
            Assert.StartsWith(e.Text[..12], Tickmark.Disclosures.Sentences.Squeeze(r.Document.Slice(e.Span)).TrimStart('-', ' '));
            foreach (var a in e.Amounts) Assert.True(e.Span.Contains(a.Span));
        }
        return r.Disclosures.Events;
    }

    [Fact]
    public void ThirdQuarter2006FdaClearanceCeMarkAndHepaSphereRelease()
    {
        var events = EventsOf("001_843828982d2ba441.txt");
        Assert.Equal([EventKind.RegulatoryClearance, EventKind.CeMark, EventKind.ProductLaunch, EventKind.Presentation, EventKind.Presentation],
            events.Select(e => e.Kind));
        var fda = events[0];
        Assert.Equal("FDA", fda.Regulator);
        Assert.Equal(["United States"], fda.Markets);
        Assert.Contains("EmboCath(R) Plus Infusion Microcatheter", fda.Names);
        var ce = events[1];
        Assert.Equal("CE Mark", ce.Regulator);
        Assert.Equal(["European Union"], ce.Markets);
        Assert.Contains("EmboCath Plus Infusion Microcatheter", ce.Names);
        var launch = events[2];
        Assert.StartsWith("Release of HepaSphere(TM) Microspheres into the European market", launch.Text);
        Assert.Contains("HepaSphere(TM) Microspheres", launch.Names);
        Assert.Equal(["Europe"], launch.Markets);
        Assert.Contains("symposium", events[3].Text);
        Assert.Contains("congressional briefing", events[4].Text);
    }

    [Fact]
    public void FourthQuarter2006QuadraSphereClearancePublicationsAndPresentation()
    {
        var events = EventsOf("000_dda0085de8f3cca4.txt");
        Assert.Equal([EventKind.RegulatoryClearance, EventKind.Publication, EventKind.Presentation, EventKind.ClinicalResult], events.Select(e => e.Kind));
        Assert.Equal("FDA", events[0].Regulator);
        Assert.Contains("QuadraSphere(TM) Microspheres", events[0].Names);
        Assert.Equal([new EventDate("date", new DateOnly(2006, 11, 7))], events[1].Dates);
        // "In the November 7, 2006 Wall Street Journal, a feature highlighted the results of a survey conducted by BioSphere in
        // partnership with the not-for-profit The National Women's Health Resource Center, or NWHRC. One finding from the research ..."
        Assert.Equal(["Wall Street Journal", "BioSphere", "National Women's Health Resource Center", "NWHRC"], events[1].Names);
        Assert.Contains("New England Journal of Medicine", events[3].Text);
    }

    [Fact]
    public void SecondQuarter2007BrazilApprovalPhaseOutAndPresentations()
    {
        var events = EventsOf("002_74f62bdea05537da.txt");
        Assert.Equal([EventKind.Divestiture, EventKind.RegulatoryApproval, EventKind.Presentation, EventKind.Presentation], events.Select(e => e.Kind));
        Assert.Equal("The Company is finalizing a plan to phase out this non-core distribution business.", events[0].Text);
        Assert.Equal(["Brazil"], events[1].Markets);
        Assert.Contains("HepaSphere(TM) Microspheres", events[1].Names);
        // The three abstracts listed under the presentation belong to it.
        Assert.Contains("early experience in Italy", events[2].Text);
        Assert.Contains("Barcelona", events[3].Text);
    }

    [Fact]
    public void NvidiaDividendAndRepurchaseAuthorizationCarryAmountsAndDates()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "NVDA_FY2024Q2_newsroom.html"));
        var dividend = r.Disclosures.Events.Single(e => e.Kind == EventKind.Dividend);
        Assert.Equal(0.04m, dividend.Amounts.Single().Value);
        Assert.Equal(Tickmark.Units.Unit.UsdPerShare, dividend.Amounts.Single().Unit);
        Assert.Equal([new EventDate("payment", new DateOnly(2023, 9, 28)), new EventDate("record", new DateOnly(2023, 9, 7))], dividend.Dates);
        var buyback = r.Disclosures.Events.Single(e => e.Kind == EventKind.ShareRepurchase);
        Assert.Equal(25_000_000_000m, buyback.Amounts.Single().Value);
        Assert.Equal([new EventDate("date", new DateOnly(2023, 8, 21))], buyback.Dates);
    }

    [Fact]
    public void OracleDividendHasRecordAndPaymentDates()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "ORCL_FY2014Q4_ex991.htm"));
        var dividend = r.Disclosures.Events.Single(e => e.Kind == EventKind.Dividend);
        Assert.Equal(0.12m, dividend.Amounts.Single().Value);
        Assert.Equal([new EventDate("record", new DateOnly(2014, 7, 9)), new EventDate("payment", new DateOnly(2014, 7, 30))], dividend.Dates);
    }

    [Fact]
    public void ACountOpeningASentenceIsNoNameButStartsOne()
    {
        Assert.Equal(["One Equity Partners"], Tickmark.Events.EventDetails.NamesIn("One Equity Partners agreed to buy the unit. One finding was that it grew."));
    }
}
