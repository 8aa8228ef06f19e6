using System.Globalization;

namespace Tickmark.Output;

/// <summary>
/// A decimal as CSV and the exports write it, whatever the machine's culture: invariant digits, '.'
/// for the point, '-' for the sign, no grouping, no exponent, no trailing zeros. A prose figure
/// ("$1.28 million", held as 1280000.00) and a table cell (1,280 in thousands) both come out 1280000;
/// the printed precision is in the fact's decimals, not in the digits.
/// </summary>
public static class InvariantNumber
{
    /// <summary>The shortest invariant form that reads back as the same value ("1280000", "-0.02", "0").</summary>
    public static string Format(decimal value) =>
        value == 0 ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);
}
