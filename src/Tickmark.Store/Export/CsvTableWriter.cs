using Tickmark.Output;

namespace Tickmark.Store.Export;

/// <summary>
/// Rows as CSV (RFC 4180 quoting, a header line of the column names): numbers in <see cref="InvariantNumber"/>
/// form, dates yyyy-MM-dd, booleans true/false, nothing at all for a null. Returns the number of rows.
/// </summary>
public static class CsvTableWriter
{
    public static long Write<T>(TextWriter w, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        w.WriteLine(string.Join(",", columns.Select(c => CsvField.Quote(c.Name))));
        long count = 0;
        foreach (var row in rows)
        {
            w.WriteLine(string.Join(",", columns.Select(c => CsvField.Quote(Text(c.Value(row))))));
            count++;
        }
        return count;
    }

    /// <summary>One value as the CSV writes it.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        decimal d => InvariantNumber.Format(d),
        int n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        long n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => s,
        var other => throw new ArgumentException($"no CSV form for a {other.GetType().Name}"),
    };
}
