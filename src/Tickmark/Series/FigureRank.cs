using System.Text.RegularExpressions;
using Tickmark.Concepts;

namespace Tickmark.Series;

/// <summary>
/// Which of a release's figures for the same line item and period a series takes: one on a primary
/// statement before one in a supplementary table, GAAP before pro forma, "as restated" before
/// "as previously reported", then the first printed.
/// </summary>
public static partial class FigureRank
{
    public static int Of(StatementKind statement, string statementTitle, string columnHeading)
    {
        var rank = 0;
        if (statement == StatementKind.Other) rank += 4;
        if (NotGaap().IsMatch(statementTitle)) rank += 2;
        if (AsReported().IsMatch(columnHeading)) rank += 1;
        return rank;
    }

    [GeneratedRegex(@"pro\s*-?\s*forma|non\s*-?\s*gaap|adjusted", RegexOptions.IgnoreCase)]
    private static partial Regex NotGaap();

    [GeneratedRegex(@"previously\s+reported|as\s+reported|as\s+originally", RegexOptions.IgnoreCase)]
    private static partial Regex AsReported();
}
