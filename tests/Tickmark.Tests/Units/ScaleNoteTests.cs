using Tickmark.Units;

namespace Tickmark.Tests.Units;

public class ScaleNoteTests
{
    [Theory]
    [InlineData("(in thousands, except per share amounts, unaudited)", 1000, 1000)]
    [InlineData("(in millions, except per share data)", 1000000, 1000000)]
    [InlineData("(in thousands, except share and per share data)", 1000, 1)]
    [InlineData("(in 000s, except per share data)", 1000, 1000)]
    [InlineData("(Dollars in thousands)", 1000, 1000)]
    [InlineData("($000)", 1000, 1000)]
    [InlineData("Southern Company Analysis of Consolidated Earnings (In Millions of Dollars)", 1000000, 1000000)]
    [InlineData("CONSOLIDATED STATEMENTS OF OPERATIONS", 1, 1)]
    public void ReadsTheNote(string text, int money, int shares)
    {
        var note = ScaleNote.Read(text);
        Assert.Equal(money, note.Money);
        Assert.Equal(shares, note.Shares);
    }
}
