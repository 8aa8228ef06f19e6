using Tickmark.Narrative;
using Xunit;

namespace Tickmark.Tests.Narrative;

/// <summary>Which prose measures are balances at a date; measures as the prose of corpus releases prints them.</summary>
public sealed class BalanceMeasureTests
{
    [Theory]
    [InlineData("book value per share", true)]                 // bank releases: "book value per share of $N.NN at ..."
    [InlineData("total deposits", true)]                       // "Total deposits increased to $1.14 billion at September 30, 2008"
    [InlineData("allowance for loan losses", true)]
    [InlineData("return on average assets", false)]            // HORIZONFIN FY2007Q1: "return on average assets (ROA) increased to 1.59% in the first quarter"
    [InlineData("return on average equity", false)]
    [InlineData("average loans", false)]                       // an average over the period is a flow
    [InlineData("net interest income", false)]
    public void BalancesAreTheStocksThatNoRateOrAverageIsTakenOf(string measure, bool balance) =>
        Assert.Equal(balance, BalanceMeasure.Is(measure));
}
