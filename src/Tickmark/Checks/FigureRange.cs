using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>
/// The magnitude a figure stands for and how far rounding lets it move: a prose figure's table
/// counterpart where they agree (it is printed more precisely), else the figure itself.
/// </summary>
public readonly record struct FigureRange(decimal Value, decimal Slack)
{
    public decimal Low => Value - Slack;
    public decimal High => Value + Slack;

    public static FigureRange Of(IReadOnlyList<Fact> facts, IReadOnlyList<int> table, int index)
    {
        var f = facts[index];
        if (f.Origin == FactOrigin.Narrative && TableCounterpart.Find(facts, table, index) is { } c
            && Tolerance.Compare(c.Value, c.Slack, Math.Abs(f.Value), f.Decimals) != CheckStatus.Fail)
            return new FigureRange(c.Value, c.Slack);
        return new FigureRange(Math.Abs(f.Value), Tolerance.HalfUnit(f.Decimals));
    }
}
