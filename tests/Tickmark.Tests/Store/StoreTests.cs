using System.Data.Common;
using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Store.Schema;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Store;

/// <summary>
/// The store suite: ingest, replace, fail, read back, and the BSMD series, on every kind of store
/// (see the subclasses at the end). Expected figures are the seeds' ground truth, typed by hand.
/// </summary>
public abstract class StoreTests<TProvider> : IDisposable where TProvider : StoreProvider, new()
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-ingest-").FullName;
    protected TProvider Provider { get; } = new();

    public void Dispose()
    {
        Provider.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static string[] Seeds => Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static IngestSummary Ingest(TickmarkStore store, IReadOnlyList<string> files, bool reparse = false) =>
        new ReleaseIngestor(store, new IngestOptions(Reparse: reparse)).Run(files);

    private static LineSeries Series(TickmarkStore store, string item, SeriesKind kind = SeriesKind.Quarterly) =>
        store.Series.Series("BSMD", item, kind)!.Series;

    /// <summary>Points as (name, value in thousands, derived).</summary>
    private static (string, decimal, bool)[] Points(LineSeries s) => s.Points.Select(p => (p.Slot.Name, p.Value / 1000, p.Derived)).ToArray();

    [StoreFact]
    public void TheSeedsGiveBsmdQuarterlyRevenues()
    {
        var store = Provider.Open();
        var summary = Ingest(store, Seeds);
        Assert.Equal((3, 3, 0), (summary.Total, summary.Added, summary.Failed));

        var revenues = Series(store, "Revenues");
        Assert.Equal([
            ("2005Q3", 4_412m, false), ("2005Q4", 5_154m, false), ("2006Q1", 5_269m, true), ("2006Q2", 5_637m, false),
            ("2006Q3", 5_644m, false), ("2006Q4", 6_342m, false), ("2007Q1", 6_585m, true), ("2007Q2", 6_974m, false),
        ], Points(revenues));
        var q4 = revenues.Points.Single(p => p.Slot.Name == "2006Q4");
        var agreement = Assert.Single(q4.Conflicts);
        Assert.Equal((ConflictKind.Derived, CheckStatus.Rounding, 6_341_000m, "FY2006 - 2006Q1-Q3"),
            (agreement.Kind, agreement.Status, agreement.Value, agreement.Derivation!.Formula));
        Assert.DoesNotContain(revenues.Points, p => p.Conflicts.Any(c => c.Status == CheckStatus.Fail));
        var q1 = revenues.Points.Single(p => p.Slot.Name == "2007Q1");
        Assert.Equal(new Duration(new DateOnly(2007, 1, 1), new DateOnly(2007, 3, 31)), q1.Period);
        Assert.Equal([(13_559_000m, 1), (6_974_000m, -1)], q1.Derivation!.Terms.Select(t => (t.Source.Value, t.Sign)));
    }

    [StoreFact]
    public void OtherBsmdLineItemsComeOutTheSameWay()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        Assert.Equal([
            ("2005Q3", 1_546m, false), ("2005Q4", 1_716m, false), ("2006Q1", 1_690m, true), ("2006Q2", 1_669m, false),
            ("2006Q3", 1_708m, false), ("2006Q4", 1_891m, false), ("2007Q1", 2_095m, true), ("2007Q2", 1_922m, false),
        ], Points(Series(store, "CostOfRevenue")));

        var netLoss = Series(store, "NetIncomeLoss");
        Assert.Equal([
            ("2005Q3", -394m, false), ("2005Q4", -145m, false), ("2006Q1", -771m, true), ("2006Q2", -985m, false),
            ("2006Q3", -368m, false), ("2006Q4", -200m, false), ("2007Q1", -1_036m, true), ("2007Q2", -267m, false),
        ], Points(netLoss));
        // Full year 2005 less nine months is -146: the printed -145 agrees within rounding.
        Assert.Equal(-146_000m, Assert.Single(netLoss.Points.Single(p => p.Slot.Name == "2005Q4").Conflicts).Value);

        // Asked by its label rather than its element.
        Assert.Equal(Points(Series(store, "Revenues")), Points(Series(store, "revenues ")));
    }

    [StoreFact]
    public void AnnualAndYearToDateSeries()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        Assert.Equal([("FY2005", 18_484m, false), ("FY2006", 22_891m, false)], Points(Series(store, "Revenues", SeriesKind.Annual)));
        Assert.Equal([
            ("2005Q1-Q2", 8_918m, true), ("2005Q1-Q3", 13_330m, false), ("FY2005", 18_484m, false),
            ("2006Q1", 5_269m, true), ("2006Q1-Q2", 10_906m, false), ("2006Q1-Q3", 16_550m, false), ("FY2006", 22_891m, false),
            ("2007Q1", 6_585m, true), ("2007Q1-Q2", 13_559m, false),
        ], Points(Series(store, "Revenues", SeriesKind.YearToDate)));
    }

    [StoreFact]
    public void BalancesArePrintedPointsNeverDerived()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        var assets = Series(store, "Assets");
        Assert.Equal([("2005Q4", 17_495m, false), ("2006Q3", 30_932m, false), ("2006Q4", 32_079m, false), ("2007Q2", 31_508m, false)], Points(assets));
        Assert.All(assets.Points, p => Assert.IsType<Instant>(p.Period));
        // 2006-12-31 is printed by the year-end release and again as the comparative of the 2007 Q2 release.
        Assert.Equal(2, assets.Points.Single(p => p.Slot.Name == "2006Q4").Sources.Count);
        // A balance is named by the quarter it closes; the annual series keeps the year ends.
        Assert.Equal([("2005Q4", 17_495m, false), ("2006Q4", 32_079m, false)], Points(Series(store, "Assets", SeriesKind.Annual)));
    }

    [StoreFact]
    public void IngestingTheSameContentAgainChangesNothing()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        var before = RowCounts(store);
        var again = Ingest(Provider.Open(), Seeds);
        Assert.Equal((3, 0, 0, 3), (again.Total, again.Added, again.Replaced, again.Unchanged));
        Assert.Equal(before, RowCounts(store));
    }

    [StoreFact]
    public void AFileWithNewContentReplacesItsOwnReleaseInPlace()
    {
        var store = Provider.Open();
        var path = Path.Combine(_dir, "bsmd-q4.txt");
        var text = File.ReadAllText(Seeds[0]);
        File.WriteAllText(path, text);
        Ingest(store, [path]);
        var id = Assert.Single(store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id)).Id;

        // The revenue of Q4 2006 printed as 6,343 instead of 6,342.
        File.WriteAllText(path, text.Replace("$ 6,342   $ 5,154", "$ 6,343   $ 5,154"));
        var summary = Ingest(Provider.Open(), [path]);
        Assert.Equal((0, 1), (summary.Added, summary.Replaced));
        var release = Assert.Single(store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id));
        Assert.Equal(id, release.Id);
        var revenue = store.Reader.Release(id)!.Facts.Single(f => f.Fact.Origin == FactOrigin.Table && f.Fact.Concept == "us-gaap:Revenues" && f.Fact.Period is Duration { Days: 92, End.Year: 2006 });
        Assert.Equal(6_343_000m, revenue.Fact.Value);
        Assert.Equal(new Extractor().ExtractFile(path).Facts.Count, store.Reader.Release(id)!.Facts.Count);
    }

    [StoreFact]
    public void AReparseReplacesTheReleasesAnotherParserRead()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        Execute(store, "UPDATE releases SET parser_version = 'older'");
        var facts = RowCounts(store);

        Assert.Equal(3, Ingest(store, Seeds).Unchanged);
        var reparse = Ingest(store, Seeds, reparse: true);
        Assert.Equal((0, 3, 0), (reparse.Added, reparse.Replaced, reparse.Unchanged));
        Assert.All(store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id), r => Assert.Equal(ParserVersion.Current, r.ParserVersion));
        Assert.Equal(facts, RowCounts(store));
        Assert.Equal(0, Ingest(store, Seeds, reparse: true).Replaced);
    }

    [StoreFact]
    public void AReleaseThatCannotBeReadIsRecordedAndTheRunGoesOn()
    {
        var store = Provider.Open();
        var good = Path.Combine(_dir, "good.txt");
        File.Copy(Seeds[1], good);
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        var binary = Path.Combine(_dir, "binary.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3]);
        var letter = Path.Combine(_dir, "letter.txt");
        File.WriteAllText(letter, "Dear shareholders,\n\nWe had a good year.\n");

        var summary = Ingest(store, [good, empty, binary, letter]);
        Assert.Equal((4, 4, 3), (summary.Total, summary.Added, summary.Failed));
        Assert.Equal([binary, empty, letter], summary.Failures.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Contains(summary.Failures, f => f.Message == $"{letter}: no financial tables found; expected at least one table of figures with column headings");

        var failed = store.Reader.FindReleases(letter).Single();
        Assert.True(failed.Failed);
        Assert.Equal("TM004", Assert.Single(store.Reader.Release(failed.Id)!.Diagnostics).Code);
        Assert.False(store.Reader.FindReleases(good).Single().Failed);
        // Ingested again, the failures are still reported, and not stored twice.
        var again = Ingest(store, [good, empty, binary, letter]);
        Assert.Equal((0, 4, 3), (again.Added, again.Unchanged, again.Failed));
    }

    [StoreFact]
    public void AStoredReleaseReadsBackAsExtracted()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        foreach (var file in Seeds)
        {
            var extracted = new Extractor().ExtractFile(file);
            var stored = store.Reader.FindReleases(file).Single();
            var detail = store.Reader.Release(stored.Id)!;
            var text = store.Reader.DocumentText(stored.Id)!;
            Assert.Equal(extracted.Document.Text, text);
            Assert.Equal(extracted.Document.Sha256, stored.ContentHash);
            Assert.Equal(extracted.Release.Headline, stored.Headline);
            Assert.Equal(extracted.Release.FiscalPeriod!.End, stored.PeriodEnd);
            Assert.Equal(extracted.Facts.Count, detail.Facts.Count);
            for (var i = 0; i < extracted.Facts.Count; i++)
            {
                var (e, s) = (extracted.Facts[i], detail.Facts[i].Fact);
                Assert.Equal((e.Value, e.Unit, e.Decimals, e.Period, e.Concept, e.Label, e.Span, e.StatementIndex, e.Row, e.Column),
                    (s.Value, s.Unit, s.Decimals, s.Period, s.Concept, s.Label, s.Span, s.StatementIndex, s.Row, s.Column));
                Assert.Equal(extracted.Document.Lines.PositionOf(e.Span.Start), new Text.LinePosition(detail.Facts[i].Line, detail.Facts[i].Column));
            }
            Assert.Equal(extracted.Statements.Select(s => (s.Title, s.Rows.Count, s.Columns.Count)), detail.Statements.Select(s => (s.Title, s.Rows.Count, s.Columns.Count)));
            Assert.Equal(extracted.Checks.Select(c => (c.Rule, c.Status, c.Message)), detail.Checks.Select(c => (c.Rule, c.Status, c.Message)));
            Assert.Equal(extracted.Checks.Count(c => c.Status == CheckStatus.Pass), stored.ChecksPassed);
        }
        var company = Assert.Single(store.Reader.Companies());
        Assert.Equal(("BSMD", "BioSphere Medical, Inc.", "NASDAQ", 3), (company.Key, company.Name, company.Exchange, company.Releases));
        Assert.Equal((new DateOnly(2006, 9, 30), new DateOnly(2007, 6, 30)), (company.FirstPeriodEnd, company.LastPeriodEnd));
    }

    [StoreFact]
    public void TheSchemaIsMigratedOnceWhenOpened()
    {
        var store = Provider.Open();
        Assert.Equal(Migration.Latest, store.SchemaVersion);
        Assert.Equal(Migration.Latest, Provider.Open().SchemaVersion);
        Assert.Equal(Migration.All.Count, Scalar(store, "SELECT COUNT(*) FROM schema_version"));
    }

    [StoreFact]
    public void TheSeedsAgreeWithEachOtherAcrossReleases()
    {
        var store = Provider.Open();
        Ingest(store, Seeds);
        var checks = store.Series.CrossReleaseChecks(store.Reader.FindCompany("BSMD")!.Id);
        // The balance sheet at 2005-12-31 is printed by two releases, and at 2006-12-31 by two.
        Assert.Contains(checks, c => c.Rule == CrossReleaseChecker.BalanceDate && c.LineItem == "us-gaap:Assets" && c.Slot.Name == "2005Q4" && c.Status == CheckStatus.Pass);
        Assert.Contains(checks, c => c.Rule == CrossReleaseChecker.BalanceDate && c.LineItem == "us-gaap:Assets" && c.Slot.Name == "2006Q4" && c.Status == CheckStatus.Pass);
        Assert.DoesNotContain(checks, c => c.Status == CheckStatus.Fail);
    }

    [StoreFact]
    public void AReleaseWithoutATickerJoinsTheCompanyOfTheSameName()
    {
        var store = Provider.Open();
        var read = new Extractor().ExtractFile(Seeds[0]);
        ExtractionResult As(Releases.ReleaseInfo who, string text) => new()
        {
            Document = new Text.SourceDocument(read.Document.Path, read.Document.Text + text, read.Document.Sha256 + text.Length),
            Format = read.Format, Release = who, Blocks = read.Blocks, Statements = read.Statements, Facts = read.Facts, Diagnostics = read.Diagnostics,
        };
        var named = As(read.Release with { Ticker = null, Company = "BIOSPHERE MEDICAL INC" }, " ");
        var ticker = As(read.Release, "  ");
        var cik = As(read.Release with { Ticker = null, Company = null, Cik = "0001022080" }, "   ");
        using (var c = store.Connect())
        using (var writer = new Tickmark.Store.Writing.ReleaseWriter(c, store.Dialect))
        using (var tx = c.BeginTransaction())
        {
            writer.Transaction = tx;
            // The release without a ticker comes first: its company is keyed by name, then takes the ticker.
            writer.Write("/a.txt", named.Document.Sha256, named, reparse: false);
            Assert.Equal("biosphere medical", Assert.Single(CompanyKeys(c, tx)));
            writer.Write("/b.txt", ticker.Document.Sha256, ticker, reparse: false);
            writer.Write("/c.txt", cik.Document.Sha256, cik, reparse: false);
            writer.Flush();
            tx.Commit();
        }
        var company = Assert.Single(store.Reader.Companies(), c => c.Key == "BSMD");
        Assert.Equal(("BSMD", 2), (company.Ticker, company.Releases));
        // A CIK alone is a company of its own until a release gives both.
        Assert.Contains(store.Reader.Companies(), c => c.Key == "CIK1022080" && c.Releases == 1);
    }

    private static List<string> CompanyKeys(DbConnection c, DbTransaction tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT key FROM companies";
        using var r = cmd.ExecuteReader();
        var keys = new List<string>();
        while (r.Read()) keys.Add(r.GetString(0));
        return keys;
    }

    [StoreFact]
    public void GuidanceAcrossReleasesTheCalendarAndTheCautionaryDiffReadTheSameOnEveryStore()
    {
        var store = Provider.Open();
        // ACME's made-up releases (figures typed from the texts in GuidanceHistoryTests): FY2007 revenue given, raised, reaffirmed.
        var acme = Directory.CreateDirectory(Path.Combine(_dir, "acme")).FullName;
        Assert.Equal(4, Ingest(store, Tickmark.Tests.Disclosures.GuidanceHistoryTests.AcmeReleases(acme)).Added);
        Assert.Equal(3, Ingest(store, Seeds).Added);
        var history = store.Disclosures.CompanyGuidance(store.Reader.FindCompany("ACMD")!.Id);
        Assert.Equal([Guidance.RevisionKind.New, Guidance.RevisionKind.Raised, Guidance.RevisionKind.Kept, Guidance.RevisionKind.New, Guidance.RevisionKind.New],
            history.Select(g => g.Kind));
        Assert.Equal((28_000_000m, 30_000_000m, 26_000_000m), (history[1].Figure.Low!.Value, history[1].Figure.High!.Value, history[1].Earlier!.Low!.Value));
        var q4 = Assert.Single(store.Disclosures.SeriesGuidance(store.Series.Series("ACMD", "Revenues", SeriesKind.Quarterly)!));
        Assert.Equal(("2007Q4", 7_512_000m, "above"), (q4.Label, q4.Actual!.Value, q4.Outcome));

        // The seeds' calls: "January 31, 2007 ... 11:00 a.m.", "July 26, 2007 at 8:30 a.m.", "Nov. 2, 2006 ... 10 a.m.".
        var calendar = store.Disclosures.Calendar(new DateOnly(2007, 1, 1));
        Assert.Equal([new DateOnly(2007, 1, 31), new DateOnly(2007, 7, 26)], calendar.Upcoming.Select(c => c.Date!.Value));
        Assert.Equal([new DateOnly(2006, 11, 2)], calendar.Past.Select(c => c.Date!.Value));
        // Q4 2006 against Q3 2006: three items reworded (SeedCautionaryTests, checked by reading).
        var q4Release = store.Reader.FindReleases("000_dda0085de8f3cca4.txt").Single();
        var diff = store.Disclosures.CompareWithPrevious(q4Release.Id)!;
        Assert.Equal("001_843828982d2ba441.txt", diff.Previous!.Name);
        Assert.Equal(3, diff.Changes.Count(c => c.Kind == Cautionary.ChangeKind.Reworded));
    }

    private static (long, long, long, long) RowCounts(TickmarkStore store) => (
        Scalar(store, "SELECT COUNT(*) FROM releases"), Scalar(store, "SELECT COUNT(*) FROM facts"),
        Scalar(store, "SELECT COUNT(*) FROM statement_rows"), Scalar(store, "SELECT COUNT(*) FROM companies"));

    private static long Scalar(TickmarkStore store, string sql)
    {
        using var c = store.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static void Execute(TickmarkStore store, string sql)
    {
        using DbConnection c = store.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

public sealed class SqliteMemoryStoreTests : StoreTests<SqliteMemoryProvider>;

public sealed class SqliteFileStoreTests : StoreTests<SqliteFileProvider>;

[RequiresPostgres]
public sealed class PostgresStoreTests : StoreTests<PostgresProvider>;
