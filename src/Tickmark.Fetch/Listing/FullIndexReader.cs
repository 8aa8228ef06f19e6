using System.Globalization;
using System.Text;

namespace Tickmark.Fetch.Listing;

/// <summary>
/// Reads EDGAR's full index by form (<c>full-index/YEAR/QTRn/form.idx</c>): a few lines of
/// description, a heading "Form Type   Company Name   CIK   Date Filed   File Name", a rule of
/// dashes, then one filing a line in fixed columns. Form types may hold spaces ("SC 13G") and long
/// names run to the column's edge, so each line is read from its right end (file name, date, CIK)
/// and the form is the text left of the heading's "Company Name" column.
/// </summary>
public static class FullIndexReader
{
    public static List<Filing> Read(byte[] bytes, string source, Func<string, bool> wantForm)
    {
        var lines = Encoding.Latin1.GetString(bytes).Split('\n');
        var heading = Array.FindIndex(lines, l => l.StartsWith("Form Type", StringComparison.Ordinal));
        if (heading < 0 || heading + 1 >= lines.Length || !lines[heading + 1].StartsWith("---", StringComparison.Ordinal))
            throw new FetchException($"{source}: expected EDGAR's form index: a 'Form Type  Company Name  CIK  Date Filed  File Name' heading over a rule of dashes");
        var companyColumn = lines[heading].IndexOf("Company Name", StringComparison.Ordinal);
        var filings = new List<Filing>();
        for (var i = heading + 2; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ');
            if (line.Length == 0) continue;
            var form = line[..Math.Min(companyColumn, line.Length)].Trim();
            if (!wantForm(form)) continue;
            filings.Add(Row(line, form, companyColumn) ?? throw new FetchException(
                $"{source} line {i + 1}: expected FORM, COMPANY, CIK, DATE (yyyy-MM-dd) and edgar/data/CIK/ACCESSION.txt; found '{line.Trim()}'"));
        }
        return filings;
    }

    private static Filing? Row(string line, string form, int companyColumn)
    {
        var end = line.Length;
        var file = TokenBefore(line, ref end);
        var date = TokenBefore(line, ref end);
        var cik = TokenBefore(line, ref end);
        if (file is null || date is null || cik is null || end < companyColumn) return null;
        if (!long.TryParse(cik, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        if (!DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var filed)) return null;
        var name = Path.GetFileName(file);
        if (!file.StartsWith("edgar/data/", StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal)) return null;
        return new Filing(number, line[companyColumn..end].Trim(), form, filed, name[..^4], null);
    }

    /// <summary>The white-space separated token ending at or before <paramref name="end"/>; <paramref name="end"/> moves to its start.</summary>
    private static string? TokenBefore(string line, ref int end)
    {
        var stop = end;
        while (stop > 0 && line[stop - 1] == ' ') stop--;
        var start = stop;
        while (start > 0 && line[start - 1] != ' ') start--;
        end = start;
        return stop > start ? line[start..stop] : null;
    }
}
