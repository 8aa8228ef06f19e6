using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>
/// Agreement within printed precision, as XBRL calculation 1.1 does with ranges: a figure printed
/// to decimals d stands for any value within half a unit of its last digit.
/// </summary>
public static class Tolerance
{
    public static decimal HalfUnit(int decimals)
    {
        var half = 0.5m;
        for (var d = decimals; d < 0; d++) half *= 10;
        for (var d = decimals; d > 0; d--) half /= 10;
        return half;
    }

    /// <summary>Pass when equal, rounding when the ranges of the two sides overlap, fail otherwise.</summary>
    public static CheckStatus Compare(decimal expected, decimal expectedSlack, decimal actual, int actualDecimals)
    {
        if (expected == actual) return CheckStatus.Pass;
        return Math.Abs(expected - actual) <= expectedSlack + HalfUnit(actualDecimals) ? CheckStatus.Rounding : CheckStatus.Fail;
    }

    public static decimal Slack(IEnumerable<Fact> parts) => parts.Sum(f => HalfUnit(f.Decimals));

    /// <summary>
    /// A figure computed from others (a ratio, a change, a quotient) against the figure printed for it:
    /// pass when <paramref name="computed"/> rounds to it, rounding when the range the inputs allow
    /// [<paramref name="low"/>, <paramref name="high"/>] meets the printed figure's range, fail otherwise.
    /// </summary>
    public static CheckStatus CompareComputed(decimal computed, decimal low, decimal high, decimal printed, int printedDecimals)
    {
        if (RoundTo(computed, printedDecimals) == printed) return CheckStatus.Pass;
        var half = HalfUnit(printedDecimals);
        return low <= printed + half && high >= printed - half ? CheckStatus.Rounding : CheckStatus.Fail;
    }

    public static decimal RoundTo(decimal value, int decimals)
    {
        if (decimals >= 0) return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        var unit = HalfUnit(decimals) * 2;
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }
}
