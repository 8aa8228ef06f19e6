using Tickmark.Lines;

namespace Tickmark.Tests.Lines;

public class NumberReaderTests
{
    [Theory]
    [InlineData("1,234", 1234, 0, false)]
    [InlineData("(1,234)", -1234, 0, false)]
    [InlineData("$(1,234)", -1234, 0, false)]
    [InlineData("(0.02)", -0.02, 2, false)]
    [InlineData("12.5%", 12.5, 1, true)]
    [InlineData("(3%)", -3, 0, true)]
    [InlineData("-101%", -101, 0, true)]
    [InlineData("-1.5", -1.5, 1, false)]
    [InlineData("\u22121,000", -1000, 0, false)]
    [InlineData("0.37*", 0.37, 2, false)]
    [InlineData("1,234(a)", 1234, 0, false)]
    [InlineData("$11,455,000", 11455000, 0, false)]
    public void ReadsFiguresAsPrinted(string token, double value, int fraction, bool percent)
    {
        Assert.True(NumberReader.TryRead(token, out var v, out var f, out var p));
        Assert.Equal((decimal)value, v);
        Assert.Equal(fraction, f);
        Assert.Equal(percent, p);
    }

    [Theory]
    [InlineData("31,")]
    [InlineData("1,23")]
    [InlineData("abc")]
    [InlineData("2006.")]
    [InlineData("888-603-7990")]
    public void RefusesWhatIsNotAFigure(string token) => Assert.False(NumberReader.TryRead(token, out _, out _, out _));

    [Theory]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("\u2014")]
    public void DashesMeanNothing(string token) => Assert.True(NumberReader.IsDash(token));
}
