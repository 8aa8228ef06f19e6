namespace Tickmark.Store.Export;

/// <summary>What an export column holds; each writer maps it to its own type (Parquet: string, int32, int64, DECIMAL(38,10), DATE, boolean).</summary>
public enum ColumnType { Text, Integer, Long, Decimal, Date, Boolean }
