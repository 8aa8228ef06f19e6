using System.Text.RegularExpressions;
using Tickmark.Facts;

namespace Tickmark.Concepts;

/// <summary>
/// GAAP or non-GAAP, from <c>basis.tsv</c>: a table whose title or headings name an adjusted measure
/// (non-GAAP, pro forma, adjusted, reconciliation), a "summary" table that does not say GAAP, or a table
/// that starts from a GAAP figure and reaches an adjusted one (a reconciliation) is non-GAAP throughout; otherwise a
/// row whose label names an adjusted measure ("Net income excluding one-time items") is.
/// </summary>
public sealed class BasisClassifier
{
    private readonly List<Regex> _table = [], _summary = [], _gaap = [], _row = [], _gaapRow = [];

    public static BasisClassifier Parse(string tsv, string file)
    {
        var c = new BasisClassifier();
        foreach (var (f, lineNo) in Tsv.Lines(tsv))
        {
            if (f.Length < 2) throw new FormatException($"{file} line {lineNo}: expected scope and pattern");
            var list = f[0] switch
            {
                "table" => c._table,
                "summary" => c._summary,
                "gaap" => c._gaap,
                "row" => c._row,
                "gaap-row" => c._gaapRow,
                _ => throw new FormatException($"{file} line {lineNo}: scope '{f[0]}' is not table, summary, gaap, row or gaap-row"),
            };
            list.Add(new Regex(f[1], RegexOptions.CultureInvariant | RegexOptions.Compiled));
        }
        return c;
    }

    /// <summary>The basis of a whole table from its normalized title and headings and its rows' normalized labels.</summary>
    public FactBasis OfTable(string titleAndHeadings, IReadOnlyList<string> labels)
    {
        if (Any(_table, titleAndHeadings)) return FactBasis.NonGaap;
        if (Any(_summary, titleAndHeadings) && !Any(_gaap, titleAndHeadings)) return FactBasis.NonGaap;
        // A reconciliation starts from the GAAP figure; a statement that ends with an adjusted line is not one.
        var first = labels.FirstOrDefault(l => l.Length > 0) ?? "";
        if (Any(_gaapRow, first) && labels.Any(l => Any(_row, l))) return FactBasis.NonGaap;
        // Untitled tables of adjusted measures (EBITDA bridges, free cash flow, "Adjusted EBIT" by segment, a headline box
        // with "Adjusted profit per share"): one row in five or more names an adjusted measure. A GAAP statement that
        // adds an "Adjusted EBITDA" line or two at its foot stays well below that.
        var (adjusted, rows) = (0, 0);
        foreach (var l in labels)
        {
            if (l.Length == 0) continue;
            rows++;
            if (Any(_row, l)) adjusted++;
        }
        return adjusted > 0 && adjusted * AdjustedShare >= rows ? FactBasis.NonGaap : FactBasis.Gaap;
    }

    /// <summary>One row in this many naming an adjusted measure makes the table non-GAAP.</summary>
    private const int AdjustedShare = 5;

    /// <summary>Non-GAAP when the row's own words name an adjusted measure.</summary>
    public FactBasis OfRow(string label) => Any(_row, label) ? FactBasis.NonGaap : FactBasis.Gaap;

    private static bool Any(List<Regex> patterns, string text)
    {
        foreach (var p in patterns)
            if (p.IsMatch(text)) return true;
        return false;
    }
}
