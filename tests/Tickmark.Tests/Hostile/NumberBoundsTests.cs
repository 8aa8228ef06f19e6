using Tickmark.Extraction;
using Tickmark.Lines;

namespace Tickmark.Tests.Hostile;

/// <summary>Huge tokens and huge numbers: bounded before any parsing, and no arithmetic fault escapes.</summary>
public sealed class NumberBoundsTests
{
    private static readonly Extractor Extractor = new();

    [Fact]
    public void AFiveMillionCharacterTokenIsNoFigureAndNoStackOverflow()
    {
        Assert.False(NumberReader.TryRead(new string('1', 5_000_000), out _, out _, out _));
        var text = HostileInputs.TextRelease() + "\n" + new string('1', 5_000_000) + "\n";
        var result = Extractor.ExtractBytes("token.txt", HostileInputs.Utf8(text));
        Assert.Contains(result.Facts, f => f.Label == "Revenues" && f.Value == 1_234_000m);
    }

    [Theory]
    [InlineData("123,456,789,012,345,678", true, 123_456_789_012_345_678)] // eighteen digits
    [InlineData("(1,234,567,890.12)", true, -1_234_567_890.12)]
    [InlineData("1,234,567,890,123,456,789", false, 0)] // nineteen digits: no printed figure is that long
    [InlineData("99999999999999999999999999999999", false, 0)] // would overflow decimal once scaled
    public void FiguresAreBoundedInDigits(string token, bool read, decimal value)
    {
        Assert.Equal(read, NumberReader.TryRead(token, out var v, out _, out _));
        Assert.Equal(value, v);
    }

    [Fact]
    public void AHugePrintedNumberInATableIsReadWithoutOverflow()
    {
        var text = HostileInputs.TextRelease(revenues: "99999999999999999999999999");
        var result = Extractor.ExtractBytes("huge.txt", HostileInputs.Utf8(text));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TM006");
        Assert.Contains(result.Facts, f => f.Label == "Cost of revenues" && f.Value == 400_000m);
    }

    [Fact]
    public void NetIncomePrintedAsADashIsNoDivisionByZero()
    {
        var text = HostileInputs.TextRelease(netIncome: "-", eps: "-");
        var result = Extractor.ExtractBytes("dash.txt", HostileInputs.Utf8(text));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TM006");
        Assert.Contains(result.Facts, f => f.Label == "Net income" && f.Value == 0m);
    }

    [Fact]
    public void NetIncomeOfZeroWithSharesInThousandsIsNoDivisionByZero()
    {
        // The share-scale vote divides by the income the per-share figure implies.
        var text = HostileInputs.TextRelease(netIncome: "0", eps: "0.05");
        var result = Extractor.ExtractBytes("zero.txt", HostileInputs.Utf8(text));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TM006");
        Assert.Contains(result.Facts, f => f.Label == "Revenues");
    }

    [Theory]
    [InlineData("&#xD800;")]
    [InlineData("&#x110000;")]
    [InlineData("&#99999999999;")]
    [InlineData("&#0;")]
    public void AnInvalidNumericCharacterReferenceIsTheReplacementCharacter(string reference)
    {
        var decoded = global::Tickmark.Html.HtmlEntities.Decode(reference + " rest", 0);
        Assert.NotNull(decoded);
        Assert.Equal("\uFFFD", decoded.Value.Value);
        var html = HostileInputs.HtmlRelease($"Revenues {reference} were $1.2 million for the quarter.");
        var result = Extractor.ExtractBytes("ref.htm", HostileInputs.Utf8(html));
        Assert.False(result.Failed);
        var figure = Assert.Single(result.Facts, f => f.Value == 1_200_000m);
        Assert.Contains("1.2", html.Substring(figure.Span.Start, figure.Span.Length));
    }
}
