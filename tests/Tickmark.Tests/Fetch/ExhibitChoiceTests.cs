using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Listing;

namespace Tickmark.Tests.Fetch;

/// <summary>
/// Which filings are earnings releases and which document holds the statements, on real
/// submissions of each era (Fetch/LocalEdgar/README.md names them): the plain-text SGML of the
/// 1990s, Item 12 in the 8-K's text (2003-2004), items in the header (from August 2004), and
/// inline-XBRL filings with graphics and XBRL exhibits. Each expectation was read off the filing.
/// </summary>
public sealed class ExhibitChoiceTests
{
    private static readonly EarningsDetector Detector = new();

    [Theory]
    // 1997: a merger agreement and its press release as EX-99 and EX-99.1; no statements, not a release.
    [InlineData("1000685/0001036050-97-000815", "1997-10-07", null, false, null, "no financial statements")]
    // 1996: Apple's EX-99 announcing the NeXT purchase: a press release, but not of results.
    [InlineData("320193/0000320193-96-000027", "1996-12-24", null, false, null, "no financial statements")]
    // 1999: Item 2 (an acquisition) with the acquired business's statements in the 8-K itself.
    [InlineData("1002022/0001047469-99-037047", "1999-09-28", null, false, null, "not a results release")]
    // 2000: EX-99.1 "announces completion of bond restructuring and second quarter results", among a charter and four contracts.
    [InlineData("1002022/0000912057-00-043726", "2000-10-04", null, true, "EX-99.1 (a2026992zex-99_1.txt)", "reads as a results release")]
    // 2003: header items "Financial statements and exhibits; Regulation FD Disclosure"; the 8-K furnishes the release under Item 12.
    [InlineData("1001426/0000891092-03-001810", "2003-07-29", null, true, "EX-99.1 (e15338ex99_1.txt)", "item 12")]
    // 2004: EX-99.1 announces a credit facility; the results are EX-99.2.
    [InlineData("1001258/0001125282-04-002113", "2004-05-12", null, true, "EX-99.2 (b331886_ex99-2.txt)", "item 12")]
    // 2004: Sears files its release as EX-99 under Item 12.
    [InlineData("319256/0000891092-04-003383", "2004-07-22", null, true, "EX-99 (e18506ex_99.txt)", "item 12")]
    // 2005: items 2.02 and 9.01; EX-99.1 holds the statements (EX-99.2 is the call's script).
    [InlineData("1001258/0001125282-05-000624", "2005-02-11", "2.02,9.01", true, "EX-99.1 (b404635ex_99-1.txt)", "item 2.02")]
    // 2006: a bank files the release in the 8-K itself, no exhibit.
    [InlineData("1002682/0000939057-06-000015", "2006-01-19", "2.02,9.01", true, "8-K (k8011906.txt)", "item 2.02")]
    // 2024, the inline-XBRL layout EDGAR has used since 2019: iXBRL cover, EX-99.1, a uuencoded graphic, XBRL, zip.
    [InlineData("320193/0000320193-24-000005", "2024-02-01", "2.02,9.01", true, "EX-99.1 (a8-kex991q1202412302023.htm)", "item 2.02")]
    public void TheReleaseAndItsDocumentAreFound(string file, string filed, string? items, bool release, string? exhibit, string why)
    {
        var parts = file.Split('/');
        var filing = new Filing(long.Parse(parts[0]), "", "8-K", DateOnly.Parse(filed), parts[1], items);
        var verdict = Detector.Decide(filing, LocalEdgarServer.Recorded($"edgar/data/{file}.txt"));
        Assert.Equal(release, verdict.IsRelease);
        Assert.Equal(exhibit, verdict.Exhibit);
        Assert.Contains(why, verdict.Why);
    }

    [Fact]
    public void ExhibitsAreTriedInTheirNumbersOrderThenTheReportItself()
    {
        var text = LocalEdgarServer.Text(LocalEdgarServer.Recorded("edgar/data/1002022/0000912057-00-043726.txt"));
        var order = ExhibitChooser.Candidates(Tickmark.Edgar.SubmissionReader.Read(text)).Select(d => d.Type);
        Assert.Equal(["EX-99.1", "8-K"], order);
    }

    [Fact]
    public void GraphicsAndXbrlAreNeverCandidates()
    {
        var text = LocalEdgarServer.Text(LocalEdgarServer.Recorded("edgar/data/320193/0000320193-24-000005.txt"));
        Assert.Equal(["EX-99.1", "8-K"], ExhibitChooser.Candidates(Tickmark.Edgar.SubmissionReader.Read(text)).Select(d => d.Type));
    }
}
