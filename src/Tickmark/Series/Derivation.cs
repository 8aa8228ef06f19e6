using System.Globalization;
using Tickmark.Checks;

namespace Tickmark.Series;

/// <summary>One reported figure in a derivation, added (+1) or taken away (-1).</summary>
public sealed record Term(int Sign, FiscalSlot Slot, Observation Source);

/// <summary>
/// A value worked out from reported figures of the same fiscal year, such as Q1 = (Q1-Q2) - Q2 or
/// Q4 = FY - (Q1-Q3). <see cref="Slack"/> is how far the true value may lie from <see cref="Value"/>
/// given each input's printed precision (half a unit of its last digit, summed).
/// </summary>
public sealed record Derivation(FiscalSlot Target, IReadOnlyList<Term> Terms)
{
    public decimal Value => Terms.Sum(t => t.Sign * t.Source.Value);

    public decimal Slack => Terms.Sum(t => Tolerance.HalfUnit(t.Source.Decimals));

    /// <summary>The coarsest precision among the inputs.</summary>
    public int Decimals => Terms.Min(t => t.Source.Decimals);

    /// <summary>"2007Q1-Q2 - 2007Q2"</summary>
    public string Formula => Join(t => t.Slot.Name);

    /// <summary>"13,559,000 (2007Q1-Q2) - 6,974,000 (2007Q2)"</summary>
    public string FormulaWithValues => Join(t => $"{t.Source.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} ({t.Slot.Name})");

    private string Join(Func<Term, string> show)
    {
        var parts = Terms.Select((t, i) => (i == 0 ? (t.Sign < 0 ? "-" : "") : t.Sign < 0 ? " - " : " + ") + show(t));
        return string.Concat(parts);
    }

    /// <summary>Whether two values agree: equal, within both sides' rounding, or not.</summary>
    public static CheckStatus Agreement(decimal a, decimal slackA, decimal b, decimal slackB) =>
        a == b ? CheckStatus.Pass : Math.Abs(a - b) <= slackA + slackB ? CheckStatus.Rounding : CheckStatus.Fail;
}
