using System.Text.RegularExpressions;
using Tickmark.Lines;

namespace Tickmark.Units;

/// <summary>Decides what a row counts (money, money per share, shares, percent) and the factor its cells take.</summary>
public static partial class RowUnitClassifier
{
    /// <summary>The unit and factor a row's words give its figures, before any figure's own '%' or '$'.</summary>
    public static (Unit Unit, decimal Scale) ClassifyRow(string label, string section, ScaleNote note, bool perShareTable = false, bool countTable = false)
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
        // "Effect of exchange rate changes on cash" is money the rates moved, not a rate.
        if (ExchangeRate().IsMatch(label) && !ExchangeRateEffect().IsMatch(label)) return (Unit.Pure, 1m);
        if (Ratio().IsMatch(label)) return (Unit.Percent, 1m);
        if (perShareTable && own is null) return (Unit.UsdPerShare, 1m);
        // "(In Millions of KWHs)": the table's factor scales what it counts, which is no money.
        if (note.Counted is not null) return (Unit.Pure, own ?? note.Money);
        // "Domestic Retail Stores:" over "Full-line  871": a count of things, not in the release's millions of dollars.
        if (countTable) return (Unit.Pure, own ?? 1m);
        return (Unit.Usd, own ?? note.Money);
    }

    /// <summary>
    /// A table whose own title names what its rows count ("Domestic Retail Stores:", "Store Count",
    /// "Number of Restaurants", "Employees"): its figures are counts unless printed with '$'.
    /// </summary>
    public static bool IsCountTable(string title) => CountTitle().IsMatch(title);

    [GeneratedRegex(@"\b(stores|store\s+count|number\s+of\s+(?!shares)\w+|locations|restaurants|branches|employees|headcount)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountTitle();

    /// <summary>
    /// A table about earnings per share ("Significant Factors Impacting EPS") whose title states no
    /// scale: its figures are dollars per share unless a row says otherwise.
    /// </summary>
    public static bool IsPerShareTable(string title, ScaleNote note) => !note.Stated && PerShareTitle().IsMatch(title) && !StatementTitle().IsMatch(title);

    [GeneratedRegex(@"statements?\s+of|balance\s+sheets?|income\s+statements?|cash\s+flows?|financial\s+condition", RegexOptions.IgnoreCase)]
    private static partial Regex StatementTitle();

    [GeneratedRegex(@"\bEPS\b|\bper\s+(common\s+|diluted\s+|basic\s+)?share\b|\bearnings\s+per\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShareTitle();

    /// <summary>
    /// A column headed "Profit per Share" or "Per Diluted Share" (measures across, periods down) holds
    /// dollars per share in a row of money, whatever scale the table states for money; one headed
    /// "CPU Units k" or "Units (000s)" beside "Rev $m" holds a count, in the thousands its heading says,
    /// and "Rev $m" millions of dollars.
    /// </summary>
    public static (Unit Unit, decimal Scale) ForColumn((Unit Unit, decimal Scale) row, string heading)
    {
        if (row.Unit != Unit.Usd) return row;
        if (PerShare().IsMatch(heading) && !ScaleWords().IsMatch(heading)) return (Unit.UsdPerShare, 1m);
        if (UnitCount().IsMatch(heading) && !Money().IsMatch(heading))
            return (Unit.Pure, ScaleNote.Factor(heading) ?? (Thousand().IsMatch(heading) ? 1_000m : 1m));
        // "Rev $m" over a column, in a table that states no scale of its own: millions of dollars.
        if (row.Scale == 1m && DollarScale().Match(heading) is { Success: true } m)
            return (Unit.Usd, m.Groups["k"].Success ? 1_000m : m.Groups["m"].Success ? 1_000_000m : 1_000_000_000m);
        return row;
    }

    [GeneratedRegex(@"\$\s*(?:(?<k>k|000s?)|(?<m>m|mm|mn|mil)|(?<b>b|bn))(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DollarScale();

    [GeneratedRegex(@"\bunits\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitCount();

    [GeneratedRegex(@"\$|\brev(enues?)?\b|\bsales\b|\bper\b|\bchange\b|%", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    /// <summary>"Units k", "Units (K)".</summary>
    [GeneratedRegex(@"\bunits\s*\(?k\)?(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Thousand();

    /// <summary>A scale note standing over the figures ("(in thousands, except per share data)") heads no column of per-share amounts.</summary>
    [GeneratedRegex(@"\bexcept\b|\bthousands\b|\bmillions\b|\bbillions\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleWords();

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

    [GeneratedRegex(@"\b(effects?|impacts?|changes?|fluctuations?|movements?)\b.*\b(exchange|conversion)\s+rates?\b|\b(exchange|conversion)\s+rates?\s+(changes?|fluctuations?|movements?|effects?|impacts?|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeRateEffect();

    [GeneratedRegex(@"^\s*(number\s+of\s+(?!shares)\w+|employees|headcount)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"\b(ratio|margin|yield|return\s+on)\b.*(%|percent)|\bas\s+a\s+percent", RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();
}
