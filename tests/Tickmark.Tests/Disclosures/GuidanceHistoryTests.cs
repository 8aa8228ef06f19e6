using Tickmark.Guidance;
using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Store.Reading;

namespace Tickmark.Tests.Disclosures;

/// <summary>
/// A company's outlook across its stored releases: four quarterly releases of a made-up company
/// (ACME, calendar year) whose full-year 2007 revenue outlook is first given, then raised in words,
/// then reaffirmed, and, in another run, lowered without saying so; the fourth-quarter outlook beside what the year
/// end release reports. Every figure below is typed from the releases written here.
/// </summary>
public sealed class GuidanceHistoryTests : IDisposable
{
    private const decimal M = 1_000_000m;
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-guidance-").FullName;

    /// <summary>A release of ACME for a quarter of 2007 (its month end and revenue for the three months), with the outlook paragraph given.</summary>
    public static string Release(string quarter, string date, string monthEnd, string revenue, string priorRevenue, string outlook) => $"""
        Exhibit 99.1

            ACME Devices Reports {quarter} Quarter 2007 Results

            BOSTON--(BUSINESS WIRE)--{date}--ACME Devices, Inc. (NASDAQ: ACMD)
        today reported its results for the {quarter.ToLowerInvariant()} quarter of 2007.

        {outlook}

        ACME Devices, Inc. makes instruments for hospital laboratories
        in the United States and Europe.

                      ACME DEVICES, INC.
                 STATEMENTS OF OPERATIONS (in thousands)
                                  Three Months Ended
                                     {monthEnd},
                                  2007        2006
        Revenues                $ {revenue}    $ {priorRevenue}
        Cost of revenues           1,922       1,669
                                -------     -------
        Gross profit               5,052       3,968
        """;

    public static IReadOnlyList<string> AcmeReleases(string dir)
    {
        var texts = new[]
        {
            Release("First", "April 26, 2007", "March 31", "6,974", "5,637",
                "ACME expects full-year 2007 revenue of $26 million to $28 million."),
            Release("Second", "July 26, 2007", "June 30", "6,974", "5,637",
                "ACME raises its full-year 2007 revenue outlook to $28 million to $30 million."),
            Release("Third", "October 25, 2007", "September 30", "6,974", "5,637",
                "ACME reaffirms its outlook of full-year 2007 revenue of $28 million to $30 million.\n"
                + "ACME expects revenue for the fourth quarter of 2007 of $7.0 million to $7.4 million."),
            Release("Fourth", "January 24, 2008", "December 31", "7,512", "6,001",
                "ACME now expects full-year 2008 revenue of $27 million to $28 million."),
        };
        var files = new List<string>();
        for (var i = 0; i < texts.Length; i++)
        {
            var path = Path.Combine(dir, $"acme_2007q{i + 1}.txt");
            File.WriteAllText(path, texts[i]);
            files.Add(path);
        }
        return files;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private TickmarkStore Ingest()
    {
        var store = TickmarkStore.OpenInMemory();
        var summary = new ReleaseIngestor(store).Run(AcmeReleases(_dir));
        Assert.Equal(4, summary.Added);
        return store;
    }

    [Fact]
    public void TheFullYearOutlookIsRaisedThenKeptAndEachFigureNamesTheOutlookItRevises()
    {
        using var store = Ingest();
        var company = store.Reader.FindCompany("ACMD")!;
        var history = store.Disclosures.CompanyGuidance(company.Id);
        var fy2007 = history.Where(g => g.Figure is { FiscalYear: 2007, FiscalQuarter: 0 }).ToList();
        Assert.Equal(3, fy2007.Count);
        Assert.All(fy2007, g => Assert.Equal(("revenue", "USD", "gaap"), (g.Figure.Measure, g.Figure.Unit, g.Figure.Basis)));
        // Q1: $26 million to $28 million, nothing earlier.
        Assert.Equal((26 * M, 28 * M, RevisionKind.New, RevisionSource.Words), (fy2007[0].Figure.Low, fy2007[0].Figure.High, fy2007[0].Kind, fy2007[0].Source));
        Assert.Null(fy2007[0].Earlier);
        // Q2 "raises": $28 million to $30 million against Q1's outlook.
        Assert.Equal((28 * M, 30 * M, RevisionKind.Raised, RevisionSource.Store, "raised"), (fy2007[1].Figure.Low, fy2007[1].Figure.High, fy2007[1].Kind, fy2007[1].Source, fy2007[1].Figure.Change));
        Assert.Equal(fy2007[0].Figure.Release.Id, fy2007[1].Earlier!.Release.Id);
        // Q3 "reaffirms" the same range: kept.
        Assert.Equal((RevisionKind.Kept, "reaffirmed"), (fy2007[2].Kind, fy2007[2].Figure.Change));
        Assert.Equal(fy2007[1].Figure.Release.Id, fy2007[2].Earlier!.Release.Id);
        // The fourth-quarter outlook and FY2008's are new.
        var q4 = Assert.Single(history, g => g.Figure is { FiscalYear: 2007, FiscalQuarter: 4 });
        Assert.Equal((7.0m * M, 7.4m * M, RevisionKind.New), (q4.Figure.Low, q4.Figure.High, q4.Kind));
        Assert.Equal(new DateOnly(2007, 12, 31), q4.Figure.End);
        Assert.Equal(RevisionKind.New, Assert.Single(history, g => g.Figure.FiscalYear == 2008).Kind);
    }

    [Fact]
    public void AnOutlookLowerThanTheStoredOneIsLoweredThoughItsWordsSayNothing()
    {
        var files = AcmeReleases(_dir).Take(2).ToList();
        File.WriteAllText(Path.Combine(_dir, "acme_2007q3.txt"), Release("Third", "October 25, 2007", "September 30", "6,974", "5,637",
            "ACME expects full-year 2007 revenue of $27 million to $28 million."));
        files.Add(Path.Combine(_dir, "acme_2007q3.txt"));
        using var store = TickmarkStore.OpenInMemory();
        Assert.Equal(3, new ReleaseIngestor(store).Run(files).Added);
        var third = store.Reader.FindReleases("acme_2007q3.txt").Single();
        var g = Assert.Single(store.Disclosures.ReleaseGuidance(third.Id));
        Assert.Equal((RevisionKind.Lowered, RevisionSource.Store, "stated"), (g.Kind, g.Source, g.Figure.Change));
        Assert.Equal((28 * M, 30 * M), (g.Earlier!.Low, g.Earlier.High));
    }

    [Fact]
    public void TheQuarterlySeriesShowsTheFourthQuarterOutlookBesideTheActual()
    {
        using var store = Ingest();
        var series = store.Series.Series("ACMD", "us-gaap:Revenues", SeriesKind.Quarterly)!;
        var guided = store.Disclosures.SeriesGuidance(series);
        var q4 = Assert.Single(guided);
        // Guided $7.0 million to $7.4 million in the third-quarter release; the year-end release reports 7,512 thousand: above.
        Assert.Equal(("2007Q4", 7_512_000m, 7.0m * M, 7.4m * M, "above"), (q4.Label, q4.Actual!.Value, q4.Latest.LowerBound!.Value, q4.Latest.UpperBound!.Value, q4.Outcome));
        // The annual series takes the full-year outlooks: FY2007, derived from its four quarters (6,974 x 3 + 7,512 thousand),
        // within the $28 million to $30 million that stands; FY2008 still ahead.
        var annual = store.Disclosures.SeriesGuidance(store.Series.Series("ACMD", "Revenues", SeriesKind.Annual)!);
        Assert.Equal(["FY2007", "FY2008"], annual.Select(a => a.Label));
        Assert.Equal((28_434_000m, true, "within", 3), (annual[0].Actual!.Value, annual[0].Actual!.Derived, annual[0].Outcome, annual[0].Guidance.Count));
        Assert.Equal((28 * M, 30 * M), (annual[0].Latest.Low, annual[0].Latest.High));
        Assert.Null(annual[1].Actual);
        Assert.Null(annual[1].Outcome);
        Assert.Equal((27 * M, 28 * M), (annual[1].Latest.Low, annual[1].Latest.High));
        // No guidance beside a line item it does not measure.
        Assert.Empty(store.Disclosures.SeriesGuidance(store.Series.Series("ACMD", "us-gaap:CostOfRevenue", SeriesKind.Quarterly)!));
    }
}
