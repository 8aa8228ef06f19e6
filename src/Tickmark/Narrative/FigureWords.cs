using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// The words a figure of one sentence owns before it (since the last figure that is not a percentage,
/// within the window), and the unit they give a dollar amount: "diluted EPS were $0.46" and its comparative
/// ", from $0.37 a year ago" are per share.
/// </summary>
public sealed class FigureWords(int sentenceStart)
{
    private int previousEnd = sentenceStart;
    private bool previousPerShare;

    /// <summary>The next figure of the sentence (figures are read in order), with the unit its words give, and those words.</summary>
    public (ProseFigure Figure, string Own) Read(string text, ProseFigure f)
    {
        var at = f.Span.Start;
        var own = text[Math.Max(previousEnd, at - ProseWords.Window)..at];
        if (f.Unit == Unit.Usd && f.Decimals >= 0 && f.Value < 1000
            && (ProseUnitWords.PerShareBefore(own)
                || (previousPerShare && (ProseWords.ComparativeLead().IsMatch(own) || ProseWords.Counterfactual().IsMatch(own) || ProseUnitWords.SameMeasureNext(own)))))
            f = f with { Unit = Unit.UsdPerShare };
        if (f.Unit != Unit.Percent) (previousEnd, previousPerShare) = (f.Span.End, f.Unit == Unit.UsdPerShare);
        return (f, own);
    }
}
