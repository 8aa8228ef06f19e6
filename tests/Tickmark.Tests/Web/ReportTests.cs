using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Tickmark.Cli;

namespace Tickmark.Tests.Web;

/// <summary><c>tickmark report</c> on the seeds: one file that needs nothing else, with the charts, statements, checks and each figure's source.</summary>
public sealed partial class ReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-report-").FullName;

    private StoreChoice Db => new(Path.Combine(_dir, "t.db"), null);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Code, string Out, string Err) Run(string company, string output)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, IngestCommand.Run([SeedStore.Samples], Db, false, new StringWriter(), e));
        var code = ReportCommand.Run(company, output, Db, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void TheBsmdReportStandsAloneWithChartsStatementsChecksAndSources()
    {
        var file = Path.Combine(_dir, "bsmd.html");
        var (code, stdout, stderr) = Run("BSMD", file);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("BioSphere Medical, Inc. (NASDAQ: BSMD), 7 charts", stdout);
        var html = File.ReadAllText(file);

        // Nothing to fetch, nothing to run: no scripts, no external addresses, no resource references.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Href().Matches(html), m => Assert.StartsWith("#", m.Groups[1].Value));
        Assert.All(Href().Matches(html), m => Assert.Contains($"id=\"{m.Groups[1].Value[1..]}\"", html));
        Assert.Contains("<style>", html);

        // The revenue chart: one point per quarter, in order, with its value.
        var chart = Regex.Match(html, @"<svg id=""chart-revenues"".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(["2005Q3", "2005Q4", "2006Q1", "2006Q2", "2006Q3", "2006Q4", "2007Q1", "2007Q2"],
            Regex.Matches(chart, @"<g class=""pt [a-z]+"" data-period=""([^""]+)""").Select(m => m.Groups[1].Value));
        Assert.Contains("data-period=\"2006Q4\" data-value=\"6342000\" data-derived=\"false\"", chart);
        Assert.Equal(7, Regex.Matches(html, "<svg id=\"chart-").Count);

        // Each figure's release and line:column: Q4 2006 revenues printed on line 297, column 34 of the fourth-quarter release;
        // Q1 2007 worked out from the six-month and second-quarter columns of line 296 of the Q2 2007 release.
        Assert.Matches(@"<tr id=""src-revenues-2006Q4"" class=""reported""><td>Q4 FY2006</td><td>2006-10-01 to 2006-12-31</td><td class=""num"">6,342,000</td><td>reported</td><td class=""where"">000_dda0085de8f3cca4.txt 297:34</td>", html);
        Assert.Contains("13,559,000 at 002_74f62bdea05537da.txt 296:56; 6,974,000 at 002_74f62bdea05537da.txt 296:39", html);

        // The latest statements are the second quarter of 2007's: revenues 6,974 thousand on line 296.
        Assert.Contains("From 002_74f62bdea05537da.txt (FY2007 Q2", html);
        Assert.Matches(@"<td class=""num"" title=""printed at line 296, column 39"">6,974,000</td>", html);
        Assert.Contains("<h2>Checks</h2>", html);
        Assert.Contains("No check fails", html);
        Assert.False(File.Exists(file + ".tmp"));
    }

    [Fact]
    public void AnUnknownCompanyWritesNothingAndSaysSo()
    {
        var file = Path.Combine(_dir, "nope.html");
        var (code, _, stderr) = Run("NOPE", file);
        Assert.Equal(1, code);
        Assert.Contains("no company 'NOPE'", stderr);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void AMissingDirectoryOrDatabaseIsAUsageError()
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, ReportCommand.Run("BSMD", Path.Combine(_dir, "no", "such", "dir", "r.html"), Db, o, e));
        Assert.Contains("does not exist", e.ToString());
        var missing = new StoreChoice(Path.Combine(_dir, "none.db"), null);
        Assert.Equal(2, ReportCommand.Run("BSMD", Path.Combine(_dir, "r.html"), missing, o, e));
        Assert.Contains("no such database", e.ToString());
    }

    [GeneratedRegex(@"href=""([^""]*)""")]
    private static partial Regex Href();
}
