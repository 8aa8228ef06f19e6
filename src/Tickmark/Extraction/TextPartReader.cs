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
        var blocks = BlockSplitter.Split(doc, lines, grids.Select(g => g.Region).ToList());
        return new DocumentPart(grids, ProseView.Identity(doc, blocks), blocks);
    }

    /// <summary>A table of figures: two or more rows with figures under at least one column.</summary>
    public static bool IsFinancialTable(TableGrid grid) =>
        grid.Columns.Count > 0 && grid.Rows.Count(r => r.Cells.Any(c => c?.Value is not null)) >= 2;
}
