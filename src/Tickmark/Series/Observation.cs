using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Series;

/// <summary>
/// A figure of one line item as one release printed it: the input of a series. <see cref="Value"/>
/// is in base units; <see cref="Line"/> and <see cref="Column"/> (1-based) say where it is printed;
/// <see cref="Rank"/> orders a release's duplicates of the same period (lower is preferred, see <see cref="FigureRank"/>).
/// </summary>
public sealed record Observation(
    ReleaseRef Release,
    Period Period,
    decimal Value,
    int Decimals,
    Unit Unit,
    StatementKind Statement,
    int FactIndex,
    int Line,
    int Column,
    int Rank = 0)
{
    /// <summary>"#3 file.txt 296:65"</summary>
    public string Where => $"{Release} {Line}:{Column}";

    /// <summary>A flow of money on an income or cash-flow statement: the only figures quarters are derived from.</summary>
    public bool IsDerivable => Period is Duration && Unit == Unit.Usd && Statement is StatementKind.IncomeStatement or StatementKind.CashFlow;
}
