using Tickmark.Series;

namespace Tickmark.Tests.Series;

public class LineItemQueryTests
{
    [Theory]
    [InlineData("Revenues", "us-gaap:Revenues")]
    [InlineData("us-gaap:NetIncomeLoss", "us-gaap:NetIncomeLoss")]
    [InlineData(" CostOfRevenue ", "us-gaap:CostOfRevenue")]
    [InlineData("Net revenues", null)]
    [InlineData("revenues", null)]
    public void AnElementNameIsOneCapitalisedWordWithAnOptionalPrefix(string text, string? element) =>
        Assert.Equal(element, new LineItemQuery(text).Element);

    [Theory]
    [InlineData("Net revenues", "Net  revenues", true)]
    [InlineData("finance income", "Finance income:", true)]
    [InlineData("Net revenues", "Net revenues, net", false)]
    public void LabelsMatchWhateverTheCaseAndSpacing(string asked, string printed, bool matches) =>
        Assert.Equal(matches, new LineItemQuery(asked).MatchesLabel(printed));
}
