using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tickmark.Cli;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Cli;

/// <summary>What the commands print reads right: one row, one release, a date said once; prose and table figures written alike; releases with no company listed.</summary>
public sealed class ListingTextTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-text-").FullName;

    private StoreChoice Db => new(Path.Combine(_dir, "t.db"), null);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = run(o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void ChecksSayOneRowAndTheirDateOnce()
    {
        // The third-quarter seed: "Loss from operations" is revenues less one row (total costs and expenses); the balance sheet is at September 30, 2006.
        var (code, stdout, _) = Capture((o, e) => CheckCommand.Run([Path.Combine(SeedStore.Samples, SeedStore.Q3File)], o, e));
        Assert.Equal(0, code);
        Assert.Contains("operating-result Loss from operations = -612,000; 'Revenues' 5,644,000 and the 1 row between give -612,000", stdout);
        Assert.Contains("balance      total assets 30,932,000 and total liabilities and equity 30,932,000 at 2006-09-30", stdout);
        Assert.DoesNotContain(" 1 rows ", stdout);
        Assert.DoesNotContain("at at", stdout);
    }

    [Fact]
    public void ExtractCsvWritesProseFiguresAsTableFigures()
    {
        var (_, stdout, _) = Capture((o, e) => ExtractCommand.Run([Path.Combine(SeedStore.Samples, SeedStore.Q4File)], "csv", o, e));
        var rows = stdout.Split('\n');
        // "revenues were $22.89 million" beside the table's 22,891 thousand.
        Assert.Contains(rows, r => r.Contains(",narrative,") && r.Contains(",22890000,USD,-4,"));
        Assert.Contains(rows, r => r.Contains(",table,") && r.Contains(",22891000,USD,-3,"));
        Assert.DoesNotContain(rows, r => r.Contains(".00,"));
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
        Assert.Equal(0, Capture((o, e) => IngestCommand.Run([nameless, SeedStore.Samples], Db, false, o, e)).Code);

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
