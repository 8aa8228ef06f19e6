namespace Tickmark.Concepts;

/// <summary>
/// A US-GAAP element as the taxonomy defines it: its name (without prefix), what its facts count,
/// whether it is a balance at an instant or a flow over a duration, and its debit/credit balance;
/// <c>CashFlowAsPrinted</c> marks a credit element a cash-flow statement still prints in its own sign
/// (net income at the head of operating activities).
/// </summary>
public sealed record ElementInfo(string Name, ElementItemType Type, ElementPeriodType PeriodType, ElementBalance Balance, bool CashFlowAsPrinted = false)
{
    /// <summary>The name as facts carry it: "us-gaap:Revenues".</summary>
    public string Concept => "us-gaap:" + Name;
}
