using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Narrative;
using Tickmark.Periods;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Corpus;

/// <summary>Fiscal years that end in March or June: the release's quarter and the prose's "first quarter of fiscal 2007".</summary>
public class FiscalCalendarTests
{
    [Theory]
    [InlineData(2007, 1, 3, "2006-04-01", "2006-06-30")]
    [InlineData(2005, 3, 6, "2005-01-01", "2005-03-31")]
    [InlineData(2006, 4, 12, "2006-10-01", "2006-12-31")]
    public void FiscalQuartersFollowTheYearEnd(int year, int quarter, int yearEndMonth, string start, string end) =>
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), NarrativePeriodReader.FiscalQuarter(year, quarter, yearEndMonth));

    [Fact]
    public void AMarchYearEndBankReportsItsFirstFiscalQuarterInJune()
    {
        // HORIZONFIN_FY2007Q1: "time deposits increased 18% to $533 million at the end of the first quarter of fiscal 2007" (line 186-187),
        // statements for the quarter ended June 30, 2006, balance sheet comparing June 30, 2006 with March 31, 2006.
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "HORIZONFIN_FY2007Q1_8kbody.txt"));
        Assert.Equal(new Releases.FiscalPeriod(2007, 1, new DateOnly(2006, 6, 30), 3), r.Release.FiscalPeriod);
        var text = r.Document.Text;
        var at = text.IndexOf("$12.7 million", StringComparison.Ordinal) + 1; // "Net interest income increased 23% to $12.7 million in the first quarter of fiscal 2007"
        var fact = r.Facts.Single(f => f.Origin == FactOrigin.Narrative && f.Span.Start == at);
        Assert.Equal(12_700_000m, fact.Value);
        Assert.Equal(new Duration(new DateOnly(2006, 4, 1), new DateOnly(2006, 6, 30)), fact.Period);
    }
}
