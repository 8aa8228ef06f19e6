using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Corpus;

/// <summary>The ticker and exchange a release names itself by, however it is printed.</summary>
public class TickerTests
{
    [Fact]
    public void AQuoteServicesNewsLinkAfterTheTickerIsNotPartOfIt()
    {
        // HORIZONFIN_FY2007Q1 line 104: "Horizon Financial Corp. (Nasdaq:HRZB - News) today reported record profits".
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "HORIZONFIN_FY2007Q1_8kbody.txt"));
        Assert.Equal(("HRZB", "NASDAQ", "Horizon Financial Corp."), (r.Release.Ticker, r.Release.Exchange, r.Release.Company));
    }

    [Theory]
    [InlineData("(NASDAQ: BSMD)", "BSMD")]
    [InlineData("(Nasdaq:HRZB - News)", "HRZB")]
    [InlineData("(NASDAQ GS:HRZB)", "HRZB")]
    [InlineData("(NYSE: SO)", "SO")]
    public void TickerForms(string printed, string ticker)
    {
        var r = Doc.Extract($"""
            |Acme Widgets Corp. {printed} today reported results.
            |
            |                                Three Months Ended
            |                                 Dec 31,    Dec 31,
            |                                  2006       2005
            |Revenues                         6,342      5,154
            |Net loss                          (200)      (145)
            """);
        Assert.Equal((ticker, "Acme Widgets Corp."), (r.Release.Ticker, r.Release.Company));
    }
}
