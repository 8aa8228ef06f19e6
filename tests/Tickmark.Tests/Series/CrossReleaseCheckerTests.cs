using Tickmark.Checks;
using Tickmark.Series;
using static Tickmark.Tests.Series.Figures;

namespace Tickmark.Tests.Series;

/// <summary>Releases checked against each other: the same balance-sheet date, comparatives against what was first reported.</summary>
public class CrossReleaseCheckerTests
{
    [Fact]
    public void TheSameBalanceSheetDateInTwoReleasesAgreesOrFails()
    {
        var checks = CrossReleaseChecker.Check([
            ("us-gaap:Assets", Balance(Release(1, "2006-12-31"), "2006-12-31", 32_079_000)),
            ("us-gaap:Assets", Balance(Release(2, "2007-06-30"), "2006-12-31", 32_079_000)),
            ("us-gaap:Cash", Balance(Release(1, "2006-12-31"), "2006-12-31", 22_119_000)),
            ("us-gaap:Cash", Balance(Release(2, "2007-06-30"), "2006-12-31", 22_191_000)),
        ], new FiscalCalendar(12));
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Equal(CrossReleaseChecker.BalanceDate, c.Rule));
        Assert.Equal(CheckStatus.Pass, checks.Single(c => c.LineItem == "us-gaap:Assets").Status);
        var cash = checks.Single(c => c.LineItem == "us-gaap:Cash");
        Assert.Equal(CheckStatus.Fail, cash.Status);
        Assert.Equal("us-gaap:Cash at 2006-12-31: 22,191,000 in #2 r2.txt 5:30 differs from 22,119,000 in #1 r1.txt 5:30 by 72,000", cash.Message);
    }

    [Fact]
    public void EveryLaterComparativeIsComparedWithTheFirstReport()
    {
        var checks = CrossReleaseChecker.Check([
            ("us-gaap:Revenues", Flow(Release(3, "2006-12-31"), "2005-10-01", "2005-12-31", 5_154_000)),
            ("us-gaap:Revenues", Flow(Release(1, "2005-12-31"), "2005-10-01", "2005-12-31", 5_150_000, decimals: -4)),
            ("us-gaap:Revenues", Flow(Release(2, "2006-03-31"), "2005-10-01", "2005-12-31", 5_200_000)),
        ], new FiscalCalendar(12));
        Assert.Equal([2L, 3L], checks.Select(c => c.Later.Release.Id));
        Assert.All(checks, c => Assert.Equal(1L, c.First.Release.Id));
        Assert.Equal([CheckStatus.Fail, CheckStatus.Rounding], checks.Select(c => c.Status));
        Assert.All(checks, c => Assert.Equal(CrossReleaseChecker.Comparative, c.Rule));
    }
}
