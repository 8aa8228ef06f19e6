using Tickmark.Lines;

namespace Tickmark.Tests.Lines;

public class LineClassifierTests
{
    [Fact]
    public void ADataLineIsALabelThenFiguresAfterAGap()
    {
        var line = LineClassifier.ClassifyLine(0, 100, "   Basic and diluted           $ (0.02)  $ (0.02)  $  (0.17) $  (0.22)");
        Assert.Equal(LineKind.Data, line.Kind);
        Assert.Equal("Basic and diluted", line.Label.Trim());
        Assert.Equal([-0.02m, -0.02m, -0.17m, -0.22m], line.Cells.Select(c => c.Value!.Value));
        Assert.All(line.Cells, c => Assert.True(c.HasDollar));
        // Spans cover the number with its parentheses, not the '$', and are document offsets.
        Assert.Equal("(0.02)", line.Text.Substring(line.Cells[0].Span.Start - 100, line.Cells[0].Span.Length));
    }

    [Fact]
    public void FiguresGluedToWordsAreProse()
    {
        var line = LineClassifier.ClassifyLine(0, 0, "reported that total revenues for the fourth quarter of 2006 were $6.34");
        Assert.Equal(LineKind.Text, line.Kind);
    }

    [Fact]
    public void YearsAloneAreAHeading()
    {
        Assert.Equal(LineKind.YearHeader, LineClassifier.ClassifyLine(0, 0, "                                  2006      2005       2006      2005").Kind);
    }

    [Theory]
    [InlineData("                               -------- ---------  --------- ---------")]
    [InlineData("                               ========  ========")]
    public void RulesAreRules(string text) => Assert.Equal(LineKind.Rule, LineClassifier.ClassifyLine(0, 0, text).Kind);

    [Fact]
    public void EdgarTagsAreTags() =>
        Assert.Equal(LineKind.Tag, LineClassifier.ClassifyLine(0, 0, "<S>                                        <C>           <C>").Kind);

    [Fact]
    public void PercentPrintedApartAndBeforeADollarSign()
    {
        var line = LineClassifier.ClassifyLine(0, 0, "  Interest on loans         $   20,170     12% $   18,039     37% $    14,703");
        Assert.Equal([20170m, 12m, 18039m, 37m, 14703m], line.Cells.Select(c => c.Value!.Value));
        Assert.True(line.Cells[1].IsPercent);
    }
}
