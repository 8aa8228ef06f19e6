using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Facts;

/// <summary>
/// One figure of a release. <see cref="Value"/> is in base units (dollars, dollars per share,
/// shares, percent points), the table's scale applied and the printed sign kept. <see cref="Span"/>
/// covers the number as printed, without its '$'.
/// </summary>
public sealed record Fact
{
    public required FactOrigin Origin { get; init; }
    /// <summary>A reported figure, or a figure of the outlook (the guidance section has its range and tolerance).</summary>
    public FactKind Kind { get; init; } = FactKind.Actual;
    public StatementKind? Statement { get; init; }
    public required string Label { get; init; }
    public string Section { get; init; } = "";
    public string? Concept { get; init; }
    /// <summary>For prose figures: what the figure is about, in the document's words.</summary>
    public string? Measure { get; init; }
    public required decimal Value { get; init; }
    /// <summary>
    /// The value in the element's XBRL sign convention (an expense deducted in the table is positive even
    /// when printed in parentheses); null where no element is set. Series, cross-release checks, exports
    /// and comparisons with filings read this, not <see cref="Value"/>.
    /// </summary>
    public decimal? XbrlValue { get; init; }
    /// <summary>GAAP, or non-GAAP for adjusted, pro forma, summary or reconciliation figures (which never carry a GAAP element).</summary>
    public FactBasis Basis { get; init; } = FactBasis.Gaap;
    public required Unit Unit { get; init; }
    /// <summary>Precision in the XBRL sense: -3 for whole thousands, 2 for cents.</summary>
    public required int Decimals { get; init; }
    public Period? Period { get; init; }
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = Empty;
    public required SourceSpan Span { get; init; }
    /// <summary>Index of the statement in the release, for table facts.</summary>
    public int? StatementIndex { get; init; }
    /// <summary>Index of the row in its statement and of the column, for table facts.</summary>
    public int? Row { get; init; }
    public int? Column { get; init; }
    /// <summary>For prose figures: the figures this one is a comparative, change or ratio of.</summary>
    public FactLink? Link { get; init; }
    /// <summary>For prose figures: the figure of the same paragraph this one is a part of ("revenues in the United States" of "total revenues").</summary>
    public int? PartOf { get; init; }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}

/// <summary>Where a figure comes from: a release's table or prose, or a filing's own XBRL (a 10-Q/10-K fact).</summary>
public enum FactOrigin { Table, Narrative, Xbrl }

public static class FactOriginNames
{
    /// <summary>The FACTS-JSON name: "table", "narrative" or "xbrl".</summary>
    public static string ToJsonName(this FactOrigin origin) => origin switch
    {
        FactOrigin.Table => "table",
        FactOrigin.Narrative => "narrative",
        _ => "xbrl",
    };

    public static FactOrigin Parse(string name) => name switch
    {
        "table" => FactOrigin.Table,
        "xbrl" => FactOrigin.Xbrl,
        _ => FactOrigin.Narrative,
    };
}

/// <summary>Whether a figure is reported under GAAP or is an adjusted (non-GAAP, pro forma) measure.</summary>
public enum FactBasis { Gaap, NonGaap }

public static class FactBasisNames
{
    /// <summary>The FACTS-JSON name: "gaap" or "non-gaap".</summary>
    public static string ToJsonName(this FactBasis basis) => basis == FactBasis.NonGaap ? "non-gaap" : "gaap";

    /// <summary>The basis a FACTS-JSON name stands for; anything but "non-gaap" is GAAP.</summary>
    public static FactBasis Parse(string name) => name == "non-gaap" ? FactBasis.NonGaap : FactBasis.Gaap;
}
