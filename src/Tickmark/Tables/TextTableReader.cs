using Tickmark.Diagnostics;
using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>Reads one located table of a plain-text document into a <see cref="TableGrid"/>.</summary>
public static class TextTableReader
{
    public static TableGrid Read(IReadOnlyList<ClassifiedLine> lines, TableRegion region)
    {
        var diagnostics = new List<Diagnostic>();
        var body = region.BodyLines.Select(k => lines[k]).ToList();
        var columns = ColumnFinder.Find(body);
        var (headings, title) = HeaderReader.Read(lines, region, columns);
        var rows = RowReader.Read(lines, region, columns, diagnostics);
        var grid = new TableGrid { Region = region, Columns = columns, Headings = headings, TitleLines = title, Rows = rows };
        grid.Diagnostics.AddRange(diagnostics);
        return grid;
    }
}
