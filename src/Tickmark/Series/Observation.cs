using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Series;

/// <summary>
/// A figure of one line item as one release printed it: the input of a series. <see cref="Value"/>
/// is in base units; <see cref="Line"/> and <see cref="Column"/> (1-based) say where it is printed;
/// <see cref="Rank"/> orders a release's duplicates of the same period (lower is preferred, see <see cref="FigureRank"/>).
/// A share count or per-share figure printed before a stock split has <see cref="Value"/> on the
/// latest basis, <see cref="AsReported"/> as printed and the <see cref="SplitFactor"/> between them.
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
    int Rank = 0,
    decimal? AsReported = null,
    decimal SplitFactor = 1m)
{
    /// <summary>True when <see cref="Value"/> is put on a later split basis; <see cref="AsReported"/> is then what was printed.</summary>
    public bool SplitAdjusted => AsReported is not null;

    /// <summary>"#3 file.txt 296:65"</summary>
    public string Where => $"{Release} {Line}:{Column}";

    /// <summary>A flow of money on an income or cash-flow statement: the only figures quarters are derived from.</summary>
    public bool IsDerivable => Period is Duration && Unit == Unit.Usd && Statement is StatementKind.IncomeStatement or StatementKind.CashFlow;
}
