using Parquet;
using Parquet.Schema;

namespace Tickmark.Store.Export;

/// <summary>
/// Rows as one Parquet file (Parquet.Net), in row groups of <see cref="RowGroupSize"/> rows so that a
/// large export never holds more than one group in memory. Every column may be null; text is UTF-8,
/// integers int32/int64, decimals DECIMAL(38,10) (exact, as stored; a value with more than ten
/// decimal places is refused rather than rounded), dates DATE. Returns the number of rows.
/// </summary>
public static class ParquetTableWriter
{
    public const int RowGroupSize = 50_000;
    public const int DecimalPrecision = 38;
    public const int DecimalScale = 10;

    public static long Write<T>(Stream output, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, IReadOnlyDictionary<string, string>? metadata = null) =>
        WriteAsync(output, columns, rows, metadata).GetAwaiter().GetResult();

    private static async Task<long> WriteAsync<T>(Stream output, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, IReadOnlyDictionary<string, string>? metadata)
    {
        var fields = columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
        if (metadata is not null) writer.CustomMetadata = metadata.ToDictionary();
        long count = 0;
        foreach (var group in rows.Chunk(RowGroupSize))
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
                await WriteColumn(rowGroup, fields[i], columns[i], group);
            count += group.Length;
        }
        if (count == 0)
        {
            // A file with no rows still has its columns, so that readers see the schema.
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++) await WriteColumn(rowGroup, fields[i], columns[i], Array.Empty<T>());
        }
        return count;
    }

    private static DataField Field<T>(ExportColumn<T> c) => c.Type switch
    {
        ColumnType.Text => new DataField<string>(c.Name, nullable: true),
        ColumnType.Integer => new DataField<int?>(c.Name),
        ColumnType.Long => new DataField<long?>(c.Name),
        ColumnType.Decimal => new DecimalDataField(c.Name, DecimalPrecision, DecimalScale, isNullable: true),
        ColumnType.Date => new DataField<DateOnly?>(c.Name),
        _ => new DataField<bool?>(c.Name),
    };

    private static Task WriteColumn<T>(ParquetRowGroupWriter rowGroup, DataField field, ExportColumn<T> column, T[] rows) => column.Type switch
    {
        ColumnType.Text => rowGroup.WriteAsync(field, rows.Select(r => (string?)column.Value(r)).ToArray()!),
        ColumnType.Integer => rowGroup.WriteAsync(field, new ReadOnlyMemory<int?>(rows.Select(r => (int?)column.Value(r)).ToArray())),
        ColumnType.Long => rowGroup.WriteAsync(field, new ReadOnlyMemory<long?>(rows.Select(r => (long?)column.Value(r)).ToArray())),
        ColumnType.Decimal => rowGroup.WriteAsync(field, new ReadOnlyMemory<decimal?>(rows.Select(r => Fit((decimal?)column.Value(r), column.Name)).ToArray())),
        ColumnType.Date => rowGroup.WriteAsync(field, new ReadOnlyMemory<DateOnly?>(rows.Select(r => (DateOnly?)column.Value(r)).ToArray())),
        _ => rowGroup.WriteAsync(field, new ReadOnlyMemory<bool?>(rows.Select(r => (bool?)column.Value(r)).ToArray())),
    };

    private static decimal? Fit(decimal? value, string column) =>
        value is { } v && decimal.Round(v, DecimalScale) != v
            ? throw new InvalidOperationException($"{column}: {v} has more than {DecimalScale} decimal places, more than the Parquet column holds")
            : value;
}
