using System.Text.Json;
using System.Text.RegularExpressions;
using Tickmark.Cli;
using Tickmark.Series;
using Tickmark.Tests.Disclosures;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Cli;

/// <summary>
/// <c>guidance</c>, <c>series</c> with its guidance and <c>calendar</c> over a store: ACME's four made-up
/// releases (<see cref="GuidanceHistoryTests"/>, figures typed from the texts written there) and the seeds
/// (calls typed from their "conference call" paragraphs).
/// </summary>
public sealed partial class DisclosureCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-cli-disclosures-").FullName;

    private StoreChoice Db => new(Path.Combine(_dir, "t.db"), null);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private void Ingest(string path) => Assert.Equal(0, StoreCommandTests.Capture((o, e) => IngestCommand.Run([path], Db, false, o, e)).Code);

    private void IngestAcme()
    {
        var releases = Directory.CreateDirectory(Path.Combine(_dir, "acme")).FullName;
        GuidanceHistoryTests.AcmeReleases(releases);
        Ingest(releases);
    }

    /// <summary>A line of an aligned table split into its cells (two or more spaces apart).</summary>
    private static string[] Cells(string line) => Columns().Split(line.Trim());

    [Fact]
    public void GuidanceListsEachFigureRaisedLoweredOrKeptAgainstTheEarlierOutlook()
    {
        IngestAcme();
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => GuidanceCommand.Run("ACMD", "text", Db, o, e));
        Assert.Equal(0, code);
        var rows = stdout.Split('\n').Skip(2).Where(l => l.StartsWith('#')).Select(Cells).ToList();
        Assert.Equal(5, rows.Count);
        // release, date, period, measure, basis, guided, unit, words, against the earlier outlook
        Assert.Equal(["2007-04-26", "FY2007", "revenue", "gaap", "26,000,000 to 28,000,000", "USD", "stated", "new"], rows[0][1..9]);
        Assert.Equal(["2007-07-26", "FY2007", "28,000,000 to 30,000,000", "raised"], [rows[1][1], rows[1][2], rows[1][5], rows[1][7]]);
        Assert.Equal($"raised from 26,000,000 to 28,000,000 ({rows[0][0]} 2007-04-26)", rows[1][8]);
        Assert.Equal(["2007-10-25", "FY2007", "reaffirmed", $"kept at 28,000,000 to 30,000,000 ({rows[1][0]} 2007-07-26)"], [rows[2][1], rows[2][2], rows[2][7], rows[2][8]]);
        Assert.Equal(["2007-10-25", "Q4 FY2007", "7,000,000 to 7,400,000", "new"], [rows[3][1], rows[3][2], rows[3][5], rows[3][8]]);
        Assert.Equal(["2008-01-24", "FY2008", "27,000,000 to 28,000,000", "new"], [rows[4][1], rows[4][2], rows[4][5], rows[4][8]]);
        Assert.Contains("5 guidance figures: 3 new, 1 raised, 1 kept", stdout);
    }

    [Fact]
    public void GuidanceAsJsonNamesTheEarlierOutlookOfEachRevision()
    {
        IngestAcme();
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => GuidanceCommand.Run("acmd", "json", Db, o, e));
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("ACMD", root.GetProperty("company").GetProperty("ticker").GetString());
        var g = root.GetProperty("guidance").EnumerateArray().ToList();
        Assert.Equal(["new", "raised", "kept", "new", "new"], g.Select(x => x.GetProperty("revision").GetProperty("kind").GetString()));
        Assert.Equal(["words", "store", "store", "words", "words"], g.Select(x => x.GetProperty("revision").GetProperty("source").GetString()));
        var raised = g[1];
        Assert.Equal((28_000_000m, 30_000_000m, "FY2007", 2007, 0), (raised.GetProperty("low").GetDecimal(), raised.GetProperty("high").GetDecimal(),
            raised.GetProperty("period").GetProperty("label").GetString(), raised.GetProperty("period").GetProperty("fiscalYear").GetInt32(), raised.GetProperty("period").GetProperty("fiscalQuarter").GetInt32()));
        var earlier = raised.GetProperty("revision").GetProperty("earlier");
        Assert.Equal((26_000_000m, 28_000_000m, "2007-04-26"), (earlier.GetProperty("low").GetDecimal(), earlier.GetProperty("high").GetDecimal(), earlier.GetProperty("release").GetProperty("date").GetString()));
        Assert.Equal(JsonValueKind.Null, g[0].GetProperty("revision").GetProperty("earlier").ValueKind);
        Assert.Equal("2007-12-31", g[3].GetProperty("period").GetProperty("end").GetString());
    }

    [Fact]
    public void GuidanceOfACompanyNotStoredIsExitOne()
    {
        IngestAcme();
        var (code, _, stderr) = StoreCommandTests.Capture((o, e) => GuidanceCommand.Run("NOPE", "text", Db, o, e));
        Assert.Equal(1, code);
        Assert.StartsWith("tickmark: no company 'NOPE'", stderr);
    }

    [Fact]
    public void SeriesShowsTheOutlookBesideWhatWasReported()
    {
        IngestAcme();
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => SeriesCommand.Run("ACMD", "Revenues", SeriesKind.Quarterly, "text", Db, o, e));
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("guidance (", StringComparison.Ordinal));
        Assert.True(at > 0, stdout);
        // period, guided, actual, outcome: the third-quarter release's $7.0 to $7.4 million, the year-end release's 7,512 thousand.
        var q4 = Cells(Assert.Single(lines.Skip(at + 2), l => l.StartsWith("2007Q4", StringComparison.Ordinal)));
        Assert.Equal(["2007Q4", "7,000,000 to 7,400,000", "7,512,000", "above"], q4[..4]);
        Assert.Matches(@"^#\d+ acme_2007q3\.txt \d+:\d+$", q4[4]);

        var (_, annual, _) = StoreCommandTests.Capture((o, e) => SeriesCommand.Run("ACMD", "Revenues", SeriesKind.Annual, "json", Db, o, e));
        var guided = JsonDocument.Parse(annual).RootElement.GetProperty("guidance").EnumerateArray().ToList();
        Assert.Equal(["FY2007", "FY2008"], guided.Select(p => p.GetProperty("fiscalPeriod").GetString()));
        // FY2007: 6,974 x 3 + 7,512 thousand, within the $28 to $30 million that stands (kept by the third quarter).
        Assert.Equal((28_434_000m, "within", 28_000_000m, 30_000_000m, 3), (guided[0].GetProperty("actual").GetDecimal(), guided[0].GetProperty("outcome").GetString(),
            guided[0].GetProperty("guided").GetProperty("low").GetDecimal(), guided[0].GetProperty("guided").GetProperty("high").GetDecimal(), guided[0].GetProperty("figures").GetArrayLength()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (guided[1].GetProperty("actual").ValueKind, guided[1].GetProperty("outcome").ValueKind));
    }

    [Fact]
    public void ASeriesWithoutGuidanceHasNoGuidanceBlock()
    {
        Ingest(Tickmark.Tests.Web.SeedStore.Samples);
        var (_, stdout, _) = StoreCommandTests.Capture((o, e) => SeriesCommand.Run("BSMD", "Revenues", SeriesKind.Quarterly, "text", Db, o, e));
        Assert.DoesNotContain("guidance (", stdout);
        var (_, json, _) = StoreCommandTests.Capture((o, e) => SeriesCommand.Run("BSMD", "Revenues", SeriesKind.Quarterly, "json", Db, o, e));
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("guidance").GetArrayLength());
    }

    [Fact]
    public void CalendarSplitsTheSeedCallsAtTheDay()
    {
        Ingest(Tickmark.Tests.Web.SeedStore.Samples);
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => CalendarCommand.Run("all", new DateOnly(2007, 1, 1), "text", Db, o, e));
        Assert.Equal(0, code);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        // "today at 11:00 a.m. Eastern Standard Time" of January 31, 2007; "on July 26, 2007 at 8:30 a.m. Eastern Time"; "today at 10 a.m." of Nov. 2, 2006.
        var upcoming = lines.IndexOf("upcoming (on or after 2007-01-01): 2");
        var past = lines.IndexOf("past (before 2007-01-01): 1");
        Assert.True(upcoming >= 0 && past > upcoming, stdout);
        Assert.Equal(["2007-01-31", "11:00 ET", "BSMD", "BioSphere Medical, Inc.", "888-603-7990, 706-679-7298", "5948844", "2007-02-16 14:00 ET"], Cells(lines[upcoming + 2])[..7]);
        Assert.Equal(["2007-07-26", "08:30 ET"], Cells(lines[upcoming + 3])[..2]);
        Assert.Equal(["1-888-603-7990, 1-706-679-7298", "7237173", "2007-08-09 14:00 ET"], Cells(lines[upcoming + 3])[4..7]);
        Assert.Equal(["2006-11-02", "9131232", "2006-11-16 14:00 ET"], [Cells(lines[past + 2])[0], Cells(lines[past + 2])[5], Cells(lines[past + 2])[6]]);

        var (_, json, _) = StoreCommandTests.Capture((o, e) => CalendarCommand.Run("past", new DateOnly(2007, 8, 1), "json", Db, o, e));
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(0, root.GetProperty("upcoming").GetArrayLength());
        // Latest first.
        Assert.Equal(["2007-07-26", "2007-01-31", "2006-11-02"], root.GetProperty("past").EnumerateArray()
            .Select(c => c.GetProperty("call").GetProperty("start").GetProperty("date").GetString()));
    }

    [Fact]
    public void ShowPrintsTheCallEventsGuidanceAndCautionaryChangesOfARelease()
    {
        Ingest(Tickmark.Tests.Web.SeedStore.Samples);
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => ShowCommand.Run("000_dda0085de8f3cca4.txt", "text", Db, o, e));
        Assert.Equal(0, code);
        var lines = stdout.Split('\n').ToList();
        // "The Company will host its quarterly conference call today at 11:00 a.m. Eastern Standard Time" (line 142, of January 31, 2007);
        // "888-603-7990 or 706-679-7298 and the conference ID is 5948844"; the replay "from 2:00 p.m. ET today through 2:00 p.m on
        // February 16, 2007 ... by dialing 800-642-1687 or 706-645-9291, access code 5948844".
        var call = lines.IndexOf("== call: 2007-01-31 11:00 ET  at 142:1");
        Assert.True(call > 0, stdout);
        Assert.Equal("  dial-in  888-603-7990, 706-679-7298", lines[call + 1]);
        Assert.Equal("  code     5948844", lines[call + 2]);
        Assert.Contains("  replay   800-642-1687, 706-645-9291, code 5948844, from 2007-01-31 14:00 ET, until 2007-02-16 14:00 ET", lines);
        // The third bullet of the highlights (line 106).
        Assert.Contains(lines, l => l.StartsWith("  regulatory-clearance: The Company received U.S. Food and Drug Administration marketing clearance for QuadraSphere(TM) Microspheres,", StringComparison.Ordinal)
            && l.EndsWith("  at 106:1", StringComparison.Ordinal));
        Assert.Contains("== guidance: none", lines);
        // Against the third-quarter release: the royalty sentence, the QuadraSphere words and the 10-Q in place of the 10-K were reworded.
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  against #\d+ FY2006 Q3 \(2006-11-02\): 0 added, 0 removed, 3 reworded, 14 unchanged$"));
        Assert.Contains("    + include statements on the market acceptance of UFE and the expected royalty revenue from Boston Scientific and", lines);
        Assert.Contains("    - Annual … 10-K … year … December 31, 2005,", lines);
        Assert.True(lines.FindIndex(l => l.StartsWith("== checks:", StringComparison.Ordinal)) < call);
    }

    [Fact]
    public void ShowAsJsonCarriesTheDisclosuresWithEachGuidanceRevision()
    {
        IngestAcme();
        var (code, stdout, _) = StoreCommandTests.Capture((o, e) => ShowCommand.Run("acme_2007q2.txt", "json", Db, o, e));
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("call").ValueKind);
        Assert.Equal(0, root.GetProperty("events").GetArrayLength());
        // "ACME raises its full-year 2007 revenue outlook to $28 million to $30 million", against the first quarter's $26 to $28 million.
        var g = Assert.Single(root.GetProperty("guidance").EnumerateArray());
        Assert.Equal(("revenue", 28_000_000m, 30_000_000m, "raised", 2007, 0), (g.GetProperty("measure").GetString(), g.GetProperty("low").GetDecimal(), g.GetProperty("high").GetDecimal(),
            g.GetProperty("change").GetString(), g.GetProperty("period").GetProperty("fiscalYear").GetInt32(), g.GetProperty("period").GetProperty("fiscalQuarter").GetInt32()));
        var revision = g.GetProperty("revision");
        Assert.Equal(("raised", "store", 26_000_000m), (revision.GetProperty("kind").GetString(), revision.GetProperty("source").GetString(), revision.GetProperty("earlier").GetProperty("low").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("cautionary").GetProperty("previous").ValueKind);

        var (_, text, _) = StoreCommandTests.Capture((o, e) => ShowCommand.Run("acme_2007q2.txt", "text", Db, o, e));
        var row = Cells(Assert.Single(text.Split('\n'), l => l.StartsWith("  FY2007", StringComparison.Ordinal)));
        Assert.Equal(["FY2007", "revenue", "gaap", "28,000,000 to 30,000,000", "USD", "raised"], row[..6]);
        Assert.StartsWith("raised from 26,000,000 to 28,000,000 (#", row[6]);

        Ingest(Tickmark.Tests.Web.SeedStore.Samples);
        var seed = JsonDocument.Parse(StoreCommandTests.Capture((o, e) => ShowCommand.Run("000_dda0085de8f3cca4.txt", "json", Db, o, e)).Out).RootElement;
        var c = seed.GetProperty("call");
        Assert.Equal(("2007-01-31", "11:00", "5948844"), (c.GetProperty("start").GetProperty("date").GetString(), c.GetProperty("start").GetProperty("time").GetString(), c.GetProperty("accessCode").GetString()));
        Assert.Equal(["888-603-7990", "706-679-7298", "800-642-1687", "706-645-9291"], c.GetProperty("dialIns").EnumerateArray().Select(n => n.GetProperty("number").GetString()));
        Assert.Equal("regulatory-clearance", seed.GetProperty("events")[0].GetProperty("kind").GetString());
        var cautionary = seed.GetProperty("cautionary");
        Assert.Equal("2006-11-02", cautionary.GetProperty("previous").GetProperty("date").GetString());
        Assert.Equal(3, cautionary.GetProperty("changes").EnumerateArray().Count(x => x.GetProperty("change").GetString() == "reworded"));
        Assert.Equal(82, seed.GetProperty("facts").EnumerateArray().Count(f => f.GetProperty("origin").GetString() == "table"));
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}
