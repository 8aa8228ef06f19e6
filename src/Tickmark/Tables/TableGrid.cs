using Tickmark.Diagnostics;

namespace Tickmark.Tables;

/// <summary>A table read into columns, column headings, title text and rows.</summary>
public sealed class TableGrid
{
    public required TableRegion Region { get; init; }
    public required IReadOnlyList<GridColumn> Columns { get; init; }
    public required IReadOnlyList<ColumnHeading> Headings { get; init; }
    /// <summary>Title lines above the headings, each trimmed ("CONSOLIDATED BALANCE SHEETS", "(in thousands)").</summary>
    public required IReadOnlyList<string> TitleLines { get; init; }
    public required IReadOnlyList<GridRow> Rows { get; init; }
    public List<Diagnostic> Diagnostics { get; } = [];
    public string TitleText => string.Join(" ", TitleLines);
}
