using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Tables;

namespace Tickmark.Extraction;

/// <summary>A financial table read whole: its kind, title, the period of each column and its rows.</summary>
public sealed record Statement(
    StatementKind Kind,
    string Title,
    IReadOnlyList<ColumnPeriod> Columns,
    IReadOnlyList<StatementRow> Rows,
    decimal Scale,
    TableRegion Region,
    string TitleText);
