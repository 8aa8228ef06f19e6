namespace Tickmark.Store.Export;

/// <summary>
/// One column of an exported table: its name (snake_case, as pandas, R and SQL like them), what it
/// holds, and how a row gives its value (null for none). The CSV and Parquet writers read the same
/// list, so both files have the same columns in the same order.
/// </summary>
public sealed record ExportColumn<T>(string Name, ColumnType Type, Func<T, object?> Value);
