using System.Text.Json;
using Tickmark.Cli;
using Tickmark.Series;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Cli;

/// <summary>The store commands: what they print, and one clear line with exit 2 when the database cannot be used.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-cli-store-").FullName;

    private StoreChoice Db => new(Path.Combine(_dir, "t.db"), null);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    internal static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = run(o, e);
        return (code, o.ToString(), e.ToString());
    }

    private void IngestSeeds() => Assert.Equal(0, Capture((o, e) => IngestCommand.Run([Paths.Seeds], Db, false, o, e)).Code);

    [Fact]
    public void SeriesPrintsATableOfPointsWithTheirSources()
    {
        IngestSeeds();
        var (code, stdout, _) = Capture((o, e) => SeriesCommand.Run("bsmd", "Revenues", SeriesKind.Quarterly, "text", Db, o, e));
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("2006Q1  2006-01-01  2006-03-31  5,269,000  derived   2006Q1-Q2 - 2006Q2 = 10,906,000 (#", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2006Q4  2006-10-01  2006-12-31  6,342,000  reported  #", StringComparison.Ordinal) && l.EndsWith("000_dda0085de8f3cca4.txt 297:34", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim().StartsWith("derived 6,341,000 = FY2006 - 2006Q1-Q3 = 22,891,000", StringComparison.Ordinal) && l.EndsWith("(agrees within rounding)", StringComparison.Ordinal));
        Assert.Contains("8 points, 2 derived, 0 conflicts beyond rounding", stdout);
    }

    [Fact]
    public void SeriesAsJsonHasPointsWithPeriodValueDerivedSourcesAndConflicts()
    {
        IngestSeeds();
        var (code, stdout, _) = Capture((o, e) => SeriesCommand.Run("BSMD", "us-gaap:Revenues", SeriesKind.Quarterly, "json", Db, o, e));
        Assert.Equal(0, code);
        var points = JsonDocument.Parse(stdout).RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(8, points.Count);
        var q1 = points[2];
        Assert.Equal(("2006-01-01", "2006-03-31", 5269000m, true), (q1.GetProperty("period").GetProperty("start").GetString(), q1.GetProperty("period").GetProperty("end").GetString(),
            q1.GetProperty("value").GetDecimal(), q1.GetProperty("derived").GetBoolean()));
        Assert.Equal([10906000m, 5637000m], q1.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("value").GetDecimal()));
        var q4 = points[5];
        var conflict = Assert.Single(q4.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(("derived", "rounding", 6341000m), (conflict.GetProperty("kind").GetString(), conflict.GetProperty("status").GetString(), conflict.GetProperty("value").GetDecimal()));
        var source = Assert.Single(q4.GetProperty("sources").EnumerateArray());
        Assert.Equal((297, 34), (source.GetProperty("line").GetInt32(), source.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void SeriesAsCsvHasOneRowPerPoint()
    {
        IngestSeeds();
        var (_, stdout, _) = Capture((o, e) => SeriesCommand.Run("BSMD", "Revenues", SeriesKind.Annual, "csv", Db, o, e));
        var rows = stdout.TrimEnd().Split('\n');
        Assert.Equal("fiscal_period,start,end,instant,value,decimals,derived,formula,sources,conflicts", rows[0]);
        Assert.StartsWith("FY2005,2005-01-01,2005-12-31,,18484000,-3,false,,#", rows[1]);
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public void CompaniesReleasesAndShowListWhatIsStored()
    {
        IngestSeeds();
        var companies = Capture((o, e) => CompaniesCommand.Run("text", Db, o, e));
        Assert.Contains("BSMD     BioSphere Medical, Inc.  NASDAQ    3         2006-09-30..2007-06-30", companies.Out);
        var releases = Capture((o, e) => ReleasesCommand.Run("BSMD", "text", Db, o, e));
        Assert.Equal(0, releases.Code);
        Assert.Contains("FY2006 Q4  2006-12-31  2007-01-31  000_dda0085de8f3cca4.txt", releases.Out);
        Assert.Contains("cross-release checks:", releases.Out);
        var show = Capture((o, e) => ShowCommand.Run("000_dda0085de8f3cca4.txt", "text", Db, o, e));
        Assert.Equal(0, show.Code);
        Assert.Contains("BioSphere Medical Reports Fourth Quarter 2006 Financial Results", show.Out);
        Assert.Contains("== income_statement: CONSOLIDATED CONDENSED STATEMENTS OF OPERATIONS", show.Out);
        var json = JsonDocument.Parse(Capture((o, e) => ShowCommand.Run("000_dda0085de8f3cca4.txt", "json", Db, o, e)).Out).RootElement;
        Assert.Equal(82, json.GetProperty("facts").EnumerateArray().Count(f => f.GetProperty("origin").GetString() == "table"));
    }

    [Theory]
    [InlineData("series")]
    [InlineData("releases")]
    [InlineData("show")]
    [InlineData("compare")]
    public void SomethingNotStoredIsExitOneWithAHint(string command)
    {
        IngestSeeds();
        var (code, _, stderr) = Capture((o, e) => command switch
        {
            "series" => SeriesCommand.Run("NOPE", "Revenues", SeriesKind.Quarterly, "text", Db, o, e),
            "releases" => ReleasesCommand.Run("NOPE", "text", Db, o, e),
            "compare" => CompareCommand.Run("NOPE", "text", Db, o, e),
            _ => ShowCommand.Run("9999", "text", Db, o, e),
        });
        Assert.Equal(1, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("NOPE", stderr.Replace("9999", "NOPE"));
    }

    [Fact]
    public void ALineItemTheCompanyDoesNotPrintNamesSomeItDoes()
    {
        IngestSeeds();
        var (code, _, stderr) = Capture((o, e) => SeriesCommand.Run("BSMD", "Deposits", SeriesKind.Quarterly, "text", Db, o, e));
        Assert.Equal(1, code);
        Assert.StartsWith("tickmark: BSMD has no figures for 'Deposits'; it has, for example: ", stderr);
    }

    [Fact]
    public void IngestNamesEachReleaseThatCannotBeReadAndExitsOne()
    {
        var bad = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(bad, []);
        var (code, stdout, stderr) = Capture((o, e) => IngestCommand.Run([Paths.Seeds, bad, Path.Combine(_dir, "missing.txt")], Db, false, o, e));
        Assert.Equal(1, code);
        Assert.Equal([$"tickmark: {Path.Combine(_dir, "missing.txt")}: no such file or directory", $"tickmark: {bad}: the file is empty"],
            stderr.Trim().Split('\n').Select(l => l.Split(';')[0].Trim()));
        Assert.Contains("4 added, 0 replaced, 0 unchanged, 1 failed", stdout);
    }

    public static TheoryData<string?, string?, string> BadStores => new()
    {
        { "/no/such/directory/t.db", null, "tickmark: /no/such/directory/t.db: cannot create the database: the directory /no/such/directory does not exist" },
        { null, "Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Password=p;Timeout=3", "tickmark: PostgreSQL database 'nowhere' on 127.0.0.1:1: " },
        { null, "Hots=localhost", "tickmark: the PostgreSQL connection string is not valid: " },
        { "t.db", "Host=localhost", "tickmark: give --db or --pg, not both" },
    };

    [Theory]
    [MemberData(nameof(BadStores))]
    public void ADatabaseThatCannotBeUsedIsOneLineAndExitTwo(string? db, string? pg, string message)
    {
        var (code, _, stderr) = Capture((o, e) => IngestCommand.Run([Paths.Seeds], new StoreChoice(db, pg), false, o, e));
        Assert.Equal(2, code);
        Assert.StartsWith(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void ReadingADatabaseThatIsNotThereOrIsNotADatabaseIsExitTwo()
    {
        var missing = Capture((o, e) => CompaniesCommand.Run("text", Db, o, e));
        Assert.Equal((2, $"tickmark: {Db.Db}: no such database; 'tickmark ingest' creates it"), (missing.Code, missing.Err.Trim()));
        Assert.False(File.Exists(Db.Db));

        File.WriteAllText(Db.Db!, "this is a text file, not a database\n" + new string('x', 4096));
        var notDb = Capture((o, e) => CompaniesCommand.Run("text", Db, o, e));
        Assert.Equal(2, notDb.Code);
        Assert.StartsWith($"tickmark: {Db.Db}: ", notDb.Err);
        Assert.Contains("not a Tickmark database (not an SQLite file); it was left unchanged", notDb.Err);
        Assert.Single(notDb.Err.Trim().Split('\n'));
    }

    [Fact]
    public void ReleasesWithNoCompanyAreListedAndCountedInTheSingular()
    {
        var nameless = Path.Combine(_dir, "nameless.txt");
        File.WriteAllText(nameless, """
            CONSOLIDATED STATEMENTS OF OPERATIONS
            (in thousands)

                                          Three Months Ended
                                             December 31,
                                          2006          2005

            Revenues                     $ 6,342       $ 5,154
            Net loss                        (368)         (394)

            """);
        Assert.Equal(0, Capture((o, e) => IngestCommand.Run([nameless, Paths.Seeds], Db, false, o, e)).Code);

        var companies = Capture((o, e) => CompaniesCommand.Run("text", Db, o, e)).Out;
        Assert.Contains("1 release names no company (0 could not be read); 'tickmark releases --unassigned' lists them", companies);

        var (code, stdout, _) = Capture((o, e) => UnassignedReleases.Run("text", Db, o, e));
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal(["id  date  file          facts  status  headline", "nameless.txt      4  ok"], lines[..2].Select(l => l.TrimEnd()).Select((l, i) => i == 0 ? l : l[l.IndexOf('n')..]));
        Assert.Equal($"1 release with no company in {Db.Db}", lines[^1]);

        var json = JsonDocument.Parse(Capture((o, e) => UnassignedReleases.Run("json", Db, o, e)).Out).RootElement;
        var release = Assert.Single(json.EnumerateArray());
        Assert.Equal(("nameless.txt", "ok", 4), (release.GetProperty("file").GetString(), release.GetProperty("status").GetString(), release.GetProperty("factCount").GetInt32()));
    }
}
