using System.Globalization;
using Tickmark.Checks;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Store;

/// <summary>The seeds and the plain-text corpus, ingested once per kind of store.</summary>
public sealed class CorpusStore<TProvider> : IDisposable where TProvider : StoreProvider, new()
{
    private readonly TProvider _provider = new();
    private TickmarkStore? _store;

    public TickmarkStore Store
    {
        get
        {
            if (_store is not null) return _store;
            _store = _provider.Open();
            var files = Directory.GetFiles(Path.Combine(Paths.Corpus, "text"), "*.txt").Concat(Directory.GetFiles(Paths.Seeds, "*.txt")).ToList();
            Summary = new ReleaseIngestor(_store).Run(files);
            return _store;
        }
    }

    public IngestSummary? Summary { get; private set; }

    public void Dispose() => _provider.Dispose();
}

/// <summary>
/// Series of the multi-quarter companies of the corpus. Every expected figure below was read from
/// the document named beside it (line numbers are the document's); every point's sources are
/// checked to lead to the number as printed.
/// </summary>
public abstract class CorpusSeriesTests<TProvider>(CorpusStore<TProvider> corpus) : IClassFixture<CorpusStore<TProvider>>
    where TProvider : StoreProvider, new()
{
    private TickmarkStore Store => corpus.Store;

    private LineSeries Series(string company, string item, SeriesKind kind = SeriesKind.Quarterly) => Store.Series.Series(company, item, kind)!.Series;

    private static SeriesPoint Point(LineSeries s, string name) => Assert.Single(s.Points, p => p.Slot.Name == name);

    [StoreFact]
    public void EveryCorpusReleaseIsStoredUnderItsCompany()
    {
        _ = Store;
        Assert.Equal((27, 27, 0), (corpus.Summary!.Total, corpus.Summary.Added, corpus.Summary.Failed));
        var companies = Store.Reader.Companies().ToDictionary(c => c.Key, c => c.Releases);
        Assert.Equal(new Dictionary<string, int> { ["ASFI"] = 7, ["BSMD"] = 3, ["HRZB"] = 7, ["PSEM"] = 9, ["SO"] = 1 }, companies);
        Assert.Equal([6, 9, 3], new[] { "PSEM", "ASFI", "HRZB" }.Select(c => Store.Series.Calendar(Store.Reader.FindCompany(c)!.Id).YearEndMonth));
    }

    [StoreFact]
    public void PericomRevenuesEveryQuarterFromFiscal2002Q4To2007Q3()
    {
        var s = Series("PSEM", "Revenues");
        Assert.Equal(Quarters(2002, 4, 20), s.Points.Select(p => p.Slot.Name));
        AssertTraced(s);
        // PERICOM_FY2003Q4 line 156: fiscal 2003 $44,958, Q3 (Mar 31, 2003) $11,492, Q4 (Jun 30, 2003) $11,506;
        // PERICOM_FY2004Q1 line 304: Q1 fiscal 2003 (Sep 30, 2002) $10,828. Q2 is what is left of the year.
        var q2 = Point(s, "2003Q2");
        Assert.Equal((11_132_000m, true, "FY2003 - 2003Q1 - 2003Q3 - 2003Q4"), (q2.Value, q2.Derived, q2.Derivation!.Formula));
        Assert.Equal(new Duration(new DateOnly(2002, 10, 1), new DateOnly(2002, 12, 31)), q2.Period);
        // 52/53-week quarters: PERICOM_FY2006Q1 line 212 "OCT 1, 2005 $22,473"; PERICOM_FY2007Q1 line 131 reprints it.
        var q1 = Point(s, "2006Q1");
        Assert.Equal((22_473_000m, false), (q1.Value, q1.Derived));
        Assert.Equal(new Duration(new DateOnly(2005, 7, 3), new DateOnly(2005, 10, 1)), q1.Period);
        Assert.Contains(q1.Sources, o => o.Release.Name == "PERICOM_FY2006Q1_ex991.txt" && o.Line == 212);
        // PERICOM_FY2007Q3 line 139: "Dec 30, 2006 $30,842".
        Assert.Equal((30_842_000m, new DateOnly(2006, 12, 30)), (Point(s, "2007Q2").Value, Point(s, "2007Q2").Period.End));
    }

    [StoreFact]
    public void PericomRestatedItsCostOfRevenuesAndTheLaterReleaseStands()
    {
        var s = Series("PSEM", "CostOfRevenue");
        AssertTraced(s);
        // First reported 14,729 (PERICOM_FY2006Q1 line 214), restated to 14,967 (PERICOM_FY2006Q4 line 245, PERICOM_FY2007Q1 line 133).
        var q1 = Point(s, "2006Q1");
        Assert.Equal(14_967_000m, q1.Value);
        Assert.Equal(["PERICOM_FY2007Q1_ex991.txt", "PERICOM_FY2006Q4_ex991.txt"], q1.Sources.Select(o => o.Release.Name));
        var restated = Assert.Single(q1.Conflicts, c => c.Kind == ConflictKind.Restated);
        Assert.Equal((CheckStatus.Fail, 14_729_000m, "PERICOM_FY2006Q1_ex991.txt"), (restated.Status, restated.Value, restated.Sources.Single().Release.Name));
        // The quarter ended Apr 1, 2006: restated 18,402 in PERICOM_FY2006Q4 line 187, yet PERICOM_FY2007Q3 line 141 prints the
        // previously reported 18,157 as its comparative. The later release stands; the disagreement is flagged.
        var q3 = Point(s, "2006Q3");
        Assert.Equal(18_157_000m, q3.Value);
        Assert.Contains(q3.Conflicts, c => c.Kind == ConflictKind.Restated && c.Value == 18_402_000m && c.Status == CheckStatus.Fail);
    }

    [StoreFact]
    public void AstaFinanceIncomeEveryQuarterOfASeptemberYear()
    {
        var s = Series("ASFI", "Finance income");
        Assert.Equal(Quarters(2003, 1, 11), s.Points.Select(p => p.Slot.Name));
        AssertTraced(s);
        // ASTAFUNDING_FY2004Q1 line 115: three months ended December 31, 2002 $6,751,000.
        Assert.Equal((6_751_000m, new DateOnly(2002, 10, 1)), (Point(s, "2003Q1").Value, ((Duration)Point(s, "2003Q1").Period).Start));
        // ASTAFUNDING_FY2004Q2 line 115: 3/31/04 $12,864,000 (and ASTAFUNDING_FY2005Q2 reprints it).
        Assert.Equal(12_864_000m, Point(s, "2004Q2").Value);
        Assert.Equal(2, Point(s, "2004Q2").Sources.Count);
        // ASTAFUNDING_FY2004Q4 line 145: year ended September 30, 2004 $51,175,000 less nine months $36,369,000
        // (ASTAFUNDING_FY2005Q3 line 128) is the printed fourth quarter, $14,806,000.
        var q4 = Point(s, "2004Q4");
        Assert.Equal((14_806_000m, false), (q4.Value, q4.Derived));
        Assert.Empty(q4.Conflicts);
        Assert.Equal(["FY2003", "FY2004"], Series("ASFI", "Finance income", SeriesKind.Annual).Points.Select(p => p.Slot.Name));
        Assert.Equal(51_175_000m, Point(Series("ASFI", "Finance income", SeriesKind.Annual), "FY2004").Value);
    }

    [StoreFact]
    public void HorizonNetIncomeEveryQuarterOfAMarchYear()
    {
        var s = Series("HRZB", "NetIncomeLoss");
        Assert.Equal(Quarters(2005, 3, 17), s.Points.Select(p => p.Slot.Name));
        AssertTraced(s);
        // Fiscal 2007 $19,028 (HORIZONFIN_FY2008Q4 line 489) less six months to September 30, 2006 $9,232
        // (HORIZONFIN_FY2007Q2 line 409) less the quarter ended March 31, 2007 $4,913 (HORIZONFIN_FY2008Q4 line 411).
        var q3 = Point(s, "2007Q3");
        Assert.Equal((4_883_000m, true, "FY2007 - 2007Q1-Q2 - 2007Q4"), (q3.Value, q3.Derived, q3.Derivation!.Formula));
        Assert.Equal(new Duration(new DateOnly(2006, 10, 1), new DateOnly(2006, 12, 31)), q3.Period);
        // HORIZONFIN_FY2009Q2 line 544: quarter ended Sept. 30, 2008 $(4,605); HORIZONFIN_FY2009Q3 line 392 reprints it.
        Assert.Equal((-4_605_000m, 2), (Point(s, "2009Q2").Value, Point(s, "2009Q2").Sources.Count));
        // Six months to Sept. 30, 2007 $9,929 (HORIZONFIN_FY2009Q2 line 629) less that quarter's $4,913 (line 544).
        Assert.Equal((5_016_000m, true), (Point(s, "2008Q1").Value, Point(s, "2008Q1").Derived));
        Assert.DoesNotContain(s.Points, p => p.Conflicts.Any(c => c.Status == CheckStatus.Fail));
    }

    [StoreFact]
    public void HorizonTotalAssetsAreBalancesAtQuarterEnds()
    {
        var s = Series("HRZB", "Assets");
        AssertTraced(s);
        Assert.All(s.Points, p => Assert.False(p.Derived));
        // HORIZONFIN_FY2008Q4 line 543: March 31, 2008 $1,392,178; Dec 31, 2007 $1,391,315 (also HORIZONFIN_FY2009Q3).
        Assert.Equal(new Instant(new DateOnly(2008, 3, 31)), Point(s, "2008Q4").Period);
        Assert.Equal(1_392_178_000m, Point(s, "2008Q4").Value);
        Assert.Equal((1_391_315_000m, 2), (Point(s, "2008Q3").Value, Point(s, "2008Q3").Sources.Count));
        // HORIZONFIN_FY2006Q4 line 454: March 31, 2005 $997,570.
        Assert.Equal(997_570_000m, Point(s, "2005Q4").Value);
    }

    [StoreFact]
    public void ReleasesAreCheckedAgainstEachOther()
    {
        var pericom = Store.Series.CrossReleaseChecks(Store.Reader.FindCompany("PSEM")!.Id);
        Assert.Contains(pericom, c => c.Rule == CrossReleaseChecker.Comparative && c.LineItem == "us-gaap:CostOfRevenue" && c.Slot.Name == "2006Q1"
            && c.Status == CheckStatus.Fail && c.First.Value == 14_729_000m && c.Later.Value == 14_967_000m);
        Assert.Contains(pericom, c => c.Rule == CrossReleaseChecker.BalanceDate && c.Status == CheckStatus.Pass);
    }

    /// <summary>Every source of every point leads to its figure: the number printed at the fact's span, times its table's scale, is the value.</summary>
    private void AssertTraced(LineSeries s)
    {
        Assert.NotEmpty(s.Points);
        foreach (var o in s.Points.SelectMany(p => p.Sources.Concat(p.Conflicts.SelectMany(c => c.Sources))))
        {
            var detail = Store.Reader.Release(o.Release.Id)!;
            var fact = detail.Facts[o.FactIndex];
            Assert.Equal((o.Line, o.Column), (fact.Line, fact.Column));
            var printed = Store.Reader.DocumentText(o.Release.Id)!.Substring(fact.Fact.Span.Start, fact.Fact.Span.Length);
            var scale = detail.Statements[fact.Fact.StatementIndex!.Value].Scale;
            var number = decimal.Parse(printed.Replace(",", "").Trim('(', ')', '$', ' '), CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(o.Value), number * scale);
        }
    }

    private static IEnumerable<string> Quarters(int year, int quarter, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return $"{year}Q{quarter}";
            if (++quarter == 5) (year, quarter) = (year + 1, 1);
        }
    }
}

public sealed class SqliteMemoryCorpusSeriesTests(CorpusStore<SqliteMemoryProvider> corpus) : CorpusSeriesTests<SqliteMemoryProvider>(corpus);

public sealed class SqliteFileCorpusSeriesTests(CorpusStore<SqliteFileProvider> corpus) : CorpusSeriesTests<SqliteFileProvider>(corpus);

[RequiresPostgres]
public sealed class PostgresCorpusSeriesTests(CorpusStore<PostgresProvider> corpus) : CorpusSeriesTests<PostgresProvider>(corpus);
