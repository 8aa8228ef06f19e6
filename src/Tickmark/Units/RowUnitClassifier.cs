using System.Text.RegularExpressions;
using Tickmark.Lines;

namespace Tickmark.Units;

/// <summary>Decides what a row counts (money, money per share, shares, percent) and the factor its cells take.</summary>
public static partial class RowUnitClassifier
{
    /// <summary>The unit and factor a row's words give its figures, before any figure's own '%' or '$'.</summary>
    public static (Unit Unit, decimal Scale) ClassifyRow(string label, string section, ScaleNote note, bool perShareTable = false)
    {
        var own = ScaleNote.Factor(label);
        // The row's own words decide before its heading's: "Shares used in computing basic earnings per share".
        foreach (var text in new[] { label, section })
        {
            // "Shares used in computing earnings per share (in thousands):" over "Basic": a note beside the share rows is theirs.
            if (ShareCount().IsMatch(text) && !ParValue().IsMatch(label)) return (Unit.Shares, own ?? ScaleNote.Factor(section) ?? note.Shares);
            if (PerShare().IsMatch(text)) return (Unit.UsdPerShare, 1m);
        }
        if (Count().IsMatch(label)) return (Unit.Pure, own ?? 1m);
        // "Foreign exchange rate (quarterly average)  0.7353": a currency's price, never in the table's millions.
        if (ExchangeRate().IsMatch(label)) return (Unit.Pure, 1m);
        if (Ratio().IsMatch(label)) return (Unit.Percent, 1m);
        if (perShareTable && own is null) return (Unit.UsdPerShare, 1m);
        return (Unit.Usd, own ?? note.Money);
    }

    /// <summary>
    /// A table about earnings per share ("Significant Factors Impacting EPS") whose title states no
    /// scale: its figures are dollars per share unless a row says otherwise.
    /// </summary>
    public static bool IsPerShareTable(string title, ScaleNote note) => !note.Stated && PerShareTitle().IsMatch(title) && !StatementTitle().IsMatch(title);

    [GeneratedRegex(@"statements?\s+of|balance\s+sheets?|income\s+statements?|cash\s+flows?|financial\s+condition", RegexOptions.IgnoreCase)]
    private static partial Regex StatementTitle();

    [GeneratedRegex(@"\bEPS\b|\bper\s+(common\s+|diluted\s+|basic\s+)?share\b|\bearnings\s+per\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShareTitle();

    /// <summary>A figure printed with '%' is a percentage; one printed with '$' is money whatever its row says of counts.</summary>
    public static (Unit Unit, decimal Scale) ForCell((Unit Unit, decimal Scale) row, NumericCell cell, ScaleNote note)
    {
        if (cell.IsPercent) return (Unit.Percent, 1m);
        if (cell.HasDollar && row.Unit is Unit.Shares or Unit.Pure or Unit.Percent) return (Unit.Usd, note.Money);
        return row;
    }

    [GeneratedRegex(@"\bper\s+(\w+\s+){0,2}(share|unit)\b|\b(earnings|income|loss|eps)\s+\(?(loss\)?\s+)?per\b|\beps\b|\bdividends?\s+(declared\s+)?per\b|\bbook\s+value\s+per\b|\bper\s+diluted\b|\bper\s+basic\b|\bper-share\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShare();

    [GeneratedRegex(@"\bweighted\b|\baverage\s+(common\s+)?shares\b|\bshares\s+(used|outstanding)\b|\bnumber\s+of\s+(common\s+)?shares\b|\bshares\s+in\s+comput|\bcommon\s+shares\s+outstanding|\bshares\s+of\s+common\s+stock\s+outstanding\b|\bweighted[- ]average\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareCount();

    [GeneratedRegex(@"\bpar\s+value\b|\bauthorized\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParValue();

    [GeneratedRegex(@"\b(exchange|conversion)\s+rates?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeRate();

    [GeneratedRegex(@"^\s*(number\s+of\s+(?!shares)\w+|employees|headcount)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"\b(ratio|margin|yield|return\s+on)\b.*(%|percent)|\bas\s+a\s+percent", RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();
}
