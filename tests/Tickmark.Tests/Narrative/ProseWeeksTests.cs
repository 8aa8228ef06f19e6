using System.Text;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Narrative;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Tests.Narrative;

/// <summary>
/// A 52/53-week calendar names its spans in weeks: "the 39-week fiscal period ended November 2, 2024" is the 39 weeks
/// (273 days) to that date, not the quarter. Excerpt of The Buckle, Inc.'s third-quarter fiscal 2024 release
/// (EX-99.1 of its 8-K of November 22, 2024), typed from the document.
/// </summary>
public class ProseWeeksTests
{
    private const string Release = """
        THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME

        KEARNEY, NE -- (BUSINESS WIRE) -- November 22, 2024 -- The Buckle, Inc. (NYSE: BKE) announced today that net
        income for the fiscal quarter ended November 2, 2024 was $44.2 million, or $0.89 per share ($0.88 per share on
        a diluted basis).

        Net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 3.2 percent to $293.6 million from
        net sales of $303.5 million for the prior year 13-week fiscal quarter ended October 28, 2023.

        Net sales for the 39-week fiscal period ended November 2, 2024 decreased 4.6 percent to $838.5 million from
        net sales of $878.7 million for the prior year 39-week fiscal period ended October 28, 2023.
        """;

    [Theory]
    [InlineData("$293.6 million", "293.6", 293_600_000, "2024-08-04", "2024-11-02")]
    [InlineData("$303.5 million", "303.5", 303_500_000, "2023-07-30", "2023-10-28")]
    [InlineData("$838.5 million", "838.5", 838_500_000, "2024-02-04", "2024-11-02")]
    [InlineData("$878.7 million", "878.7", 878_700_000, "2023-01-29", "2023-10-28")]
    public void WeeksNameTheSpan(string context, string printed, double value, string start, string end)
    {
        var r = new Extractor().ExtractBytes("BKE_2024Q3_excerpt.txt", Encoding.UTF8.GetBytes(Release));
        var text = r.Document.Text;
        var figure = text.IndexOf(printed, text.IndexOf(context, StringComparison.Ordinal), StringComparison.Ordinal);
        var fact = Assert.Single(r.Facts, f => f.Origin == FactOrigin.Narrative && f.Span.Start == figure);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(new Duration(DateOnly.Parse(start), DateOnly.Parse(end)), fact.Period);
        Assert.Equal("net sales", fact.Measure);
    }

    /// <summary>
    /// The same release names its fiscal years by the year they start in: "Net income for the third quarter of fiscal
    /// 2024 was $44.2 million ... compared with net income of $51.8 million ... for the third quarter of fiscal 2023"
    /// is the quarter ended November 2, 2024 of the year ending February 1, 2025 (its statements' Q3 of fiscal year 2025).
    /// </summary>
    [Fact]
    public void AFiscalYearNamedByTheYearItStartsIn()
    {
        const string sentence = "Net income for the third quarter of fiscal 2024 was $44.2 million, compared with net income of $51.8 million for the third quarter of fiscal 2023.";
        var fiscal = new FiscalPeriod(2025, 3, new DateOnly(2024, 11, 2), 1);
        Assert.Equal(1, FiscalCalendar.DetectNameOffset(fiscal, sentence));
        Assert.Equal(0, FiscalCalendar.DetectNameOffset(fiscal, sentence + " Fiscal 2025 outlook is unchanged."));
        Assert.Equal(0, FiscalCalendar.DetectNameOffset(fiscal with { YearEndMonth = 9 }, sentence));
        var calendar = new FiscalCalendar(fiscal, [], FiscalCalendar.DetectNameOffset(fiscal, sentence));
        var periods = NarrativePeriodReader.Find(sentence, calendar).Select(p => p.Period).ToList();
        Assert.Equal(new Duration(new DateOnly(2024, 8, 4), new DateOnly(2024, 11, 2)), periods[0]);
        // The release's prior-year quarter ended October 28, 2023 (fiscal 2023 had 53 weeks); without its tables to snap
        // to, 13-week steps land within a week of it, in fiscal year 2024 rather than 2023 ends-in years.
        var prior = Assert.IsType<Duration>(periods[1]);
        Assert.InRange(prior.End.DayNumber - new DateOnly(2023, 10, 28).DayNumber, -7, 7);
    }
}
