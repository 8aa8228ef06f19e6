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

    /// <summary>The figure as printed, whatever the tables say.</summary>
    public static FigureRange Printed(Fact f) => new(Math.Abs(f.Value), Tolerance.HalfUnit(f.Decimals));

    public static FigureRange Of(IReadOnlyList<Fact> facts, IReadOnlyList<TableCounterpart?> counterparts, int index)
    {
        var f = facts[index];
        if (counterparts[index] is { } c
            && Tolerance.Compare(Math.Abs(c.Value), c.Slack, Math.Abs(f.Value), f.Decimals) != CheckStatus.Fail)
            return new FigureRange(Math.Abs(c.Value), c.Slack);
        return Printed(f);
    }
}
