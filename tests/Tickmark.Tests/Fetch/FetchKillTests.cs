using System.Diagnostics;
using Tickmark.Cli;
using Tickmark.Fetch.Archive;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Fetch;

/// <summary>
/// The real executable, killed in the middle of a fetch from a slow local EDGAR: every file in the
/// archive is whole, and a second run downloads exactly the filings that are not there.
/// </summary>
public sealed class FetchKillTests : LocalEdgarTest
{
    [Fact]
    public void AFetchKilledMidwayLosesNothingAndARerunDownloadsOnlyTheRest()
    {
        const long cik = 9000002;
        const string template = "Archives/edgar/data/1001426/0000891092-03-001810.txt";
        Edgar.FilingDelayMilliseconds = 250;
        var accessions = Edgar.AddCopies(cik, 40, template);
        var expected = File.ReadAllBytes(Path.Combine(LocalEdgarServer.Files, template));
        var archive = Path.Combine(Dir, "archive");
        var folder = Path.Combine(archive, "edgar", "data", cik.ToString());

        using var process = TickmarkProcess.Start("fetch", cik.ToString(), "--out", archive, "--base-url", Edgar.Root.ToString(), "--user-agent", "Kill Test kill@example.com");
        var clock = Stopwatch.StartNew();
        while (Stored(folder).Count < 8 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
        if (process.HasExited) Assert.Fail("the fetch ended before it could be killed: " + process.StandardError.ReadToEnd());
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var kept = Stored(folder);
        Assert.InRange(kept.Count, 8, accessions.Count - 1);
        Assert.All(kept, a => Assert.Equal(expected, File.ReadAllBytes(Path.Combine(folder, a + ".txt"))));
        Thread.Sleep(500); // requests the killed run left on the server finish answering
        var rerun = Edgar.Now;

        var (o, e) = (new StringWriter(), new StringWriter());
        var status = FetchCommand.Run(new FetchArguments
        {
            Companies = [cik.ToString()], Out = archive, UserAgent = "Kill Test kill@example.com", BaseUrl = Edgar.Root.ToString(),
        }, o, e, environment: _ => null);
        Assert.True(status == 0, e.ToString());

        var again = Edgar.Hits.Where(h => h.At >= rerun && h.Path.StartsWith("/Archives/", StringComparison.Ordinal))
            .Select(h => Path.GetFileNameWithoutExtension(h.Path)).Order().ToList();
        Assert.Equal(accessions.Except(kept).Order(), again);
        Assert.Contains($"40 earnings releases ({40 - kept.Count} downloaded, {kept.Count} already here)", o.ToString());
        Assert.Equal(accessions.Order(), Stored(folder).Order());
        Assert.All(Stored(folder), a => Assert.Equal(expected, File.ReadAllBytes(Path.Combine(folder, a + ".txt"))));
        Assert.Empty(Directory.EnumerateFiles(archive, "*" + AtomicFile.PartialSuffix, SearchOption.AllDirectories));
        var journal = File.ReadAllLines(Path.Combine(archive, FetchJournal.FileName)).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(accessions.Order(), journal.Select(f => f[0]).Distinct().Order());
        Assert.All(journal, f => Assert.Equal("release", f[4]));
    }

    /// <summary>The accessions whose whole file is in the archive (a temporary file is not one).</summary>
    private static List<string> Stored(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>()] : [];
}
