using System.Text.RegularExpressions;
using Tickmark.Lines;
using Tickmark.Tables;

namespace Tickmark.Html;

/// <summary>
/// A row read for its figures: each figure with the '$', '(' and ')' or '%' printed in cells of their
/// own merged into it, and the row's cells of words.
/// </summary>
public sealed partial class RowFigures
{
    public required HtmlRow Row { get; init; }
    public required IReadOnlyList<PlacedFigure> Figures { get; init; }
    public required IReadOnlyList<HtmlCell> Words { get; init; }
    /// <summary>The first column holding a figure or its '$' or '(' (int.MaxValue when none).</summary>
    public int FigureStart { get; init; } = int.MaxValue;

    /// <summary>Only plain years ("2006  2005"): a line of column headings.</summary>
    /// <remarks>Words at the left may name the periods ("Fiscal Year") or be the table's note ("(In millions)").</remarks>
    public bool IsYearHeading =>
        Figures.Count > 0 && Figures.All(f => f.Cell.IsYear)
        && Words.Where(w => w.Col < FigureStart).All(w => PeriodWords().IsMatch(w.Text.Text) || w.Text.Text.TrimStart().StartsWith('(') || Units.ScaleNote.Factor(w.Text.Text) is not null);

    /// <summary>A note: a marker such as "(1)" followed by sentences, not a row of figures.</summary>
    public bool IsNote => Figures.Count > 0 && Words.Any(w => w.Col > Figures[0].Col && IsProse(w.Text.Text));

    public bool IsData => Figures.Count > 0 && !IsYearHeading && !IsNote;

    private static bool IsProse(string text) => text.Count(char.IsLetter) >= 25 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5;

    public static RowFigures Read(HtmlRow row)
    {
        var figures = new List<PlacedFigure>();
        var words = new List<HtmlCell>();
        var prefix = "";
        var prefixCol = -1;
        var figureStart = int.MaxValue;
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            switch (cell.Kind)
            {
                case CellKind.Prefix:
                    prefix += cell.Text.Text.Trim();
                    if (prefixCol < 0) prefixCol = cell.Col;
                    break;
                case CellKind.Number:
                    var suffix = i + 1 < cells.Count && cells[i + 1].Kind == CellKind.Suffix ? cells[i + 1] : null;
                    var outer = prefixCol >= 0 ? prefixCol : cell.Col;
                    var numeric = CellReader.Read(cell, prefix, suffix, cell.Col, outer);
                    figures.Add(new PlacedFigure(numeric, cell.Col, cell.EndCol, cell));
                    figureStart = Math.Min(figureStart, outer);
                    prefix = "";
                    prefixCol = -1;
                    if (suffix is not null) i++;
                    break;
                case CellKind.Text:
                    words.Add(cell);
                    prefix = "";
                    prefixCol = -1;
                    break;
                case CellKind.Suffix:
                    break;
            }
        }
        return new RowFigures { Row = row, Figures = figures, Words = words, FigureStart = figureStart };
    }

    /// <summary>Words of a heading that names periods: "Three Months Ended", "Fiscal Year", "As of".</summary>
    public static bool IsPeriodHeading(string text) => LineTraits.IsPeriodPhrase(text) || PeriodWords().IsMatch(text) || Year().IsMatch(text);

    [GeneratedRegex(@"\b(year|years|fiscal|quarter|quarters|period|ended|ending|months|weeks|as of|at)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|^\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();
}
