using System.Text;
using Microsoft.AspNetCore.Http;
using Tickmark.Store.Export;

namespace Tickmark.Web.Api;

/// <summary>
/// A table as a file to download: CSV or Parquet with the export's columns (the same as
/// <c>tickmark export</c> writes), named by what it holds (<c>BSMD-us-gaap-Revenues-quarterly.csv</c>).
/// </summary>
public static class Downloads
{
    public static IResult Table<T>(string format, string name, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var file = FileName(name) + "." + format;
        if (format == "parquet")
        {
            using var stream = new MemoryStream();
            ParquetTableWriter.Write(stream, columns, rows);
            return Results.File(stream.ToArray(), "application/vnd.apache.parquet", file);
        }
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvTableWriter.Write(text, columns, rows);
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", file);
    }

    /// <summary>Text as a file to download under <paramref name="name"/> (for JSON and the series' own CSV).</summary>
    public static IResult Text(string text, string contentType, string name) =>
        Results.File(Encoding.UTF8.GetBytes(text), contentType, FileName(name));

    /// <summary>Letters, digits, '.', '-' and '_' kept; anything else becomes '-'.</summary>
    public static string FileName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        return sb.ToString().Trim('-');
    }
}
