using Tickmark.Calls;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Disclosures;

/// <summary>The conference call of each seed, typed from the release's own words.</summary>
public class SeedCallTests
{
    private static ConferenceCall CallOf(string seed)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, seed));
        var call = r.Disclosures.Call;
        Assert.NotNull(call);
        Assert.Contains("conference call", r.Document.Slice(call.Span));
        foreach (var n in call.Numbers) Assert.Equal(n.Number, r.Document.Slice(n.Span));
        return call;
    }

    private static void AssertTime(CallTime? t, string date, string time, string zone, bool inferred = false)
    {
        Assert.NotNull(t);
        Assert.Equal(DateOnly.Parse(date), t.Date);
        Assert.Equal(TimeOnly.Parse(time), t.Time);
        Assert.Equal(zone, t.Zone);
        Assert.Equal(inferred, t.ZoneInferred);
    }

    [Fact]
    public void FourthQuarter2006CallAtElevenEasternStandardTime()
    {
        var c = CallOf("000_dda0085de8f3cca4.txt");
        AssertTime(c.Start, "2007-01-31", "11:00", "ET");
        Assert.Equal(new DateTimeOffset(2007, 1, 31, 11, 0, 0, TimeSpan.FromHours(-5)), c.Start!.ToOffset());
        Assert.Equal(["888-603-7990", "706-679-7298"], c.Live.Select(n => n.Number));
        Assert.Equal("5948844", c.AccessCode);
        Assert.True(c.Webcast);
        AssertTime(c.ReplayFrom, "2007-01-31", "14:00", "ET");
        AssertTime(c.ReplayUntil, "2007-02-16", "14:00", "ET", inferred: true);
        Assert.Equal(["800-642-1687", "706-645-9291"], c.Replay.Select(n => n.Number));
        Assert.Equal("5948844", c.ReplayAccessCode);
    }

    [Fact]
    public void ThirdQuarter2006CallAtTenTakesTheZoneOfTheReplayTime()
    {
        // "today at 10 a.m." names no zone; the same announcement's "2:00 p.m. ET today" does.
        var c = CallOf("001_843828982d2ba441.txt");
        AssertTime(c.Start, "2006-11-02", "10:00", "ET", inferred: true);
        Assert.Equal(["888-603-7990", "706-679-7298"], c.Live.Select(n => n.Number));
        Assert.Equal("9131232", c.AccessCode);
        AssertTime(c.ReplayFrom, "2006-11-02", "14:00", "ET");
        AssertTime(c.ReplayUntil, "2006-11-16", "14:00", "ET", inferred: true);
        Assert.Equal(["800-642-1687", "706-645-9291"], c.Replay.Select(n => n.Number));
        Assert.Equal("9131232", c.ReplayAccessCode);
    }

    [Fact]
    public void SecondQuarter2007CallIsTheNextMorningWithAnInternationalNumber()
    {
        var c = CallOf("002_74f62bdea05537da.txt");
        AssertTime(c.Start, "2007-07-26", "08:30", "ET");
        Assert.Equal(new DateTimeOffset(2007, 7, 26, 8, 30, 0, TimeSpan.FromHours(-4)), c.Start!.ToOffset());
        Assert.Equal(["1-888-603-7990", "1-706-679-7298"], c.Live.Select(n => n.Number));
        Assert.Equal([null, "international"], c.Live.Select(n => n.Note));
        Assert.Equal("7237173", c.AccessCode);
        // As printed: the replay opens "2:00 p.m. ET today", the release's own day.
        AssertTime(c.ReplayFrom, "2007-07-25", "14:00", "ET");
        AssertTime(c.ReplayUntil, "2007-08-09", "14:00", "ET", inferred: true);
        Assert.Equal(["1-800-642-1687", "1-706-645-9291"], c.Replay.Select(n => n.Number));
        Assert.Equal("7237173", c.ReplayAccessCode);
    }

    [Fact]
    public void OracleCallHasPasscodesAndReplayNumbersInParentheses()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "ORCL_FY2014Q4_ex991.htm"));
        var c = r.Disclosures.Call!;
        Assert.Equal(new TimeOnly(14, 0), c.Start!.Time);
        Assert.Equal("PT", c.Start.Zone);
        Assert.Equal(["(913) 312-6699"], c.Live.Select(n => n.Number));
        Assert.Equal("822011", c.AccessCode);
        Assert.Equal(["(719) 457-0820", "(888) 203-1112"], c.Replay.Select(n => n.Number));
        Assert.Equal("1625971", c.ReplayAccessCode);
        Assert.True(c.Webcast);
        Assert.Equal("http://www.oracle.com/investor", c.WebcastUrl);
        foreach (var n in c.Numbers) Assert.EndsWith(n.Number[^8..], r.Document.Slice(n.Span));
    }

    [Fact]
    public void NvidiaCallHasNoNumbersAndAReplayUntilTheNextCall()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "html", "NVDA_FY2024Q2_newsroom.html"));
        var c = r.Disclosures.Call!;
        Assert.Equal(new TimeOnly(14, 0), c.Start!.Time);
        Assert.Equal("PT", c.Start.Zone);
        Assert.Empty(c.Numbers);
        Assert.True(c.Webcast);
        Assert.Equal("https://investor.nvidia.com", c.WebcastUrl);
        Assert.Null(c.ReplayUntil);
        Assert.StartsWith("until NVIDIA", c.ReplayUntilText);
        Assert.EndsWith("third quarter of fiscal 2024", c.ReplayUntilText);
    }

    [Fact]
    public void AReleaseWithoutACallHasNone()
    {
        var r = Doc.Extract("""
            ACME Corp Reports Results

                Revenues were $5.0 million for the quarter ended March 31, 2007.
            """);
        Assert.Null(r.Disclosures.Call);
    }
}
