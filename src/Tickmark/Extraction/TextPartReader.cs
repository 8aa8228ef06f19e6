using Tickmark.Blocks;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Extraction;

/// <summary>The plain-text stages: classify lines, locate tables, read each table's grid, join tables continued over a page, split the rest into blocks.</summary>
public static class TextPartReader
{
    public static DocumentPart Read(SourceDocument doc)
    {
        var lines = LineView.Of(LineClassifier.Classify(doc));
        var regions = TableLocator.Locate(lines);
        var grids = regions.Select(r => TextTableReader.Read(lines, r)).Where(IsFinancialTable).ToList();
        grids = ContinuedTableJoiner.Join(grids);
        grids = FootnoteTables(grids);
        var blocks = BlockSplitter.Split(doc, lines, grids.Select(g => g.Region).ToList());
        return new DocumentPart(grids, ProseView.Identity(doc, blocks), blocks);
    }

    /// <summary>
    /// A table whose title starts with a note's mark ("* Domestic segment detail for the 13 weeks ended
    /// June 28, 2003" under a column headed "2003*") details the table above: with no scale of its own,
    /// it takes that table's ("(millions)").
    /// </summary>
    private static List<TableGrid> FootnoteTables(List<TableGrid> grids)
    {
        for (var i = 1; i < grids.Count; i++)
        {
            var grid = grids[i];
            if (grid.TitleLines.Count == 0 || !grid.TitleLines[0].StartsWith('*')) continue;
            if (Units.ScaleNote.Read(grid.TitleText).Stated) continue;
            if (grids[i - 1].TitleLines.FirstOrDefault(t => Units.ScaleNote.Factor(t) is not null) is not { } note) continue;
            var joined = new TableGrid { Region = grid.Region, Columns = grid.Columns, Headings = grid.Headings, TitleLines = [.. grid.TitleLines, note], Rows = grid.Rows };
            joined.Diagnostics.AddRange(grid.Diagnostics);
            grids[i] = joined;
        }
        return grids;
    }

    /// <summary>A table of figures: two or more rows with figures under at least one column.</summary>
    public static bool IsFinancialTable(TableGrid grid) =>
        grid.Columns.Count > 0 && grid.Rows.Count(r => r.Cells.Any(c => c?.Value is not null)) >= 2;
}
