namespace Tickmark.Concepts;

public enum StatementKind { Other, BalanceSheet, IncomeStatement, CashFlow }

public static class StatementKindNames
{
    /// <summary>The FACTS-JSON name: "balance_sheet", "income_statement", "cash_flow", "other".</summary>
    public static string ToJsonName(this StatementKind kind) => kind switch
    {
        StatementKind.BalanceSheet => "balance_sheet",
        StatementKind.IncomeStatement => "income_statement",
        StatementKind.CashFlow => "cash_flow",
        _ => "other",
    };

    public static StatementKind Parse(string name) => name switch
    {
        "balance_sheet" => StatementKind.BalanceSheet,
        "income_statement" => StatementKind.IncomeStatement,
        "cash_flow" => StatementKind.CashFlow,
        _ => StatementKind.Other,
    };
}
