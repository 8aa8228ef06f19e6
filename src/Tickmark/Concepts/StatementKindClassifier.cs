using System.Text.RegularExpressions;
using Tickmark.Tables;

namespace Tickmark.Concepts;

/// <summary>Which statement a table is: from its title words, else from the rows it holds.</summary>
public static partial class StatementKindClassifier
{
    public static StatementKind Classify(string title, IEnumerable<string> labels)
    {
        if (CashFlowTitle().IsMatch(title)) return StatementKind.CashFlow;
        if (BalanceTitle().IsMatch(title)) return StatementKind.BalanceSheet;
        if (IncomeTitle().IsMatch(title)) return StatementKind.IncomeStatement;
        // A reconciliation of GAAP to non-GAAP measures holds statement lines but is none of the statements.
        if (ReconciliationTitle().IsMatch(title)) return StatementKind.Other;
        var all = string.Join("\n", labels);
        if (CashFlowRows().IsMatch(all)) return StatementKind.CashFlow;
        if (BalanceRows().IsMatch(all)) return StatementKind.BalanceSheet;
        if (IncomeRows().IsMatch(all)) return StatementKind.IncomeStatement;
        return StatementKind.Other;
    }

    public static StatementKind Classify(TableGrid grid)
    {
        var kind = Classify(grid.TitleText, grid.Rows.Select(r => r.Label));
        // A table about earnings per share ("Significant Factors Impacting EPS") belongs with the income statement.
        return kind == StatementKind.Other && EpsTitle().IsMatch(TableTitle.Own(grid.TitleLines)) ? StatementKind.IncomeStatement : kind;
    }

    [GeneratedRegex(@"\bEPS\b|\bearnings\s+per\s+(common\s+)?share\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpsTitle();

    [GeneratedRegex(@"cash\s+flows?", RegexOptions.IgnoreCase)]
    private static partial Regex CashFlowTitle();

    [GeneratedRegex(@"balance\s+sheets?|financial\s+(condition|position)|statements?\s+of\s+condition", RegexOptions.IgnoreCase)]
    private static partial Regex BalanceTitle();

    [GeneratedRegex(@"statements?\s+of\s+(consolidated\s+)?(operations|income|earnings|loss|comprehensive)|income\s+statements?|(statements?|results)\s+of\s+operations|operating\s+results|earnings\s+statements?", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeTitle();

    [GeneratedRegex(@"\breconciliation\b|\bnon-gaap\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReconciliationTitle();

    [GeneratedRegex(@"operating\s+activities|investing\s+activities|financing\s+activities", RegexOptions.IgnoreCase)]
    private static partial Regex CashFlowRows();

    [GeneratedRegex(@"^\s*total\s+assets\b|total\s+liabilities\s+and", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex BalanceRows();

    [GeneratedRegex(@"^\s*net\s+(income|loss|earnings)|per\s+(common\s+)?share|^\s*(total\s+)?(net\s+)?revenues?\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex IncomeRows();
}
