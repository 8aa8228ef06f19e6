namespace Tickmark.Concepts;

/// <summary>
/// The factor from a row's printed figures to its element's XBRL values. On a cash-flow statement every
/// line is printed as its effect on cash, so a credit element (a payment, an increase in an asset, a
/// gain taken out) is the negated figure, a debit element the figure itself, unless the element says
/// otherwise (net income heads the statement as printed). Elsewhere a line printed in parentheses
/// throughout is a deduction: an expense (debit) on an income statement, or a contra balance on a
/// balance sheet (an allowance under assets, treasury stock under equity), is positive in XBRL; a loss
/// of a credit element (net loss, other expense, net) stays negative.
/// </summary>
public static class XbrlSign
{
    /// <summary>1 or -1; <paramref name="debitSide"/> is, on a balance sheet, true above total assets, false below, null when the table has none.</summary>
    public static decimal Factor(ElementInfo element, StatementKind statement, SignRule rule, IReadOnlyList<decimal> printed, bool? debitSide)
    {
        if (rule == SignRule.AsPrinted) return 1m;
        if (rule == SignRule.Negate) return -1m;
        if (element.Balance == ElementBalance.None) return 1m;
        if (statement == StatementKind.CashFlow)
            return element.CashFlowAsPrinted || element.Balance == ElementBalance.Debit ? 1m : -1m;
        if (!Deducted(printed)) return 1m;
        return statement switch
        {
            StatementKind.IncomeStatement => element.Balance == ElementBalance.Debit ? -1m : 1m,
            StatementKind.BalanceSheet when debitSide is { } debit => (element.Balance == ElementBalance.Debit) != debit ? -1m : 1m,
            _ => 1m,
        };
    }

    /// <summary>Every figure zero or in parentheses, at least one in parentheses.</summary>
    private static bool Deducted(IReadOnlyList<decimal> printed)
    {
        var negative = false;
        foreach (var v in printed)
        {
            if (v > 0) return false;
            if (v < 0) negative = true;
        }
        return negative;
    }
}
