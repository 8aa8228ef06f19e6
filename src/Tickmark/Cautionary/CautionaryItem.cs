using Tickmark.Text;

namespace Tickmark.Cautionary;

/// <summary>What a piece of cautionary language is: a sentence of the statement, or one risk factor of its list.</summary>
public enum CautionaryItemKind { Statement, RiskFactor }

/// <summary>One sentence or risk factor of a release's forward-looking-statements section; <see cref="Text"/> has its white space squeezed.</summary>
public sealed record CautionaryItem(CautionaryItemKind Kind, string Text, SourceSpan Span)
{
    public string KindName => Kind == CautionaryItemKind.Statement ? "statement" : "risk-factor";

    public static CautionaryItemKind KindFromName(string name) => name == "risk-factor" ? CautionaryItemKind.RiskFactor : CautionaryItemKind.Statement;
}
