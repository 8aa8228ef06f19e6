using System.Globalization;
using Tickmark.Periods;
using Tickmark.Store.Reading;
using Tickmark.Output;

namespace Tickmark.Store.Output;

/// <summary>A series as CSV (RFC 4180 quoting), one point per row; sources and conflicts are joined with "; ".</summary>
public static class SeriesCsvWriter
{
    public const string Header = "fiscal_period,start,end,instant,value,decimals,derived,formula,sources,conflicts";

    public static void Write(TextWriter w, SeriesResult result)
    {
        w.WriteLine(Header);
        foreach (var p in result.Series.Points)
        {
            var (start, end, instant) = p.Period is Duration d ? (Date(d.Start), Date(d.End), "") : ("", "", Date(p.Period.End));
            string[] fields =
            [
                p.Slot.Name, start, end, instant, InvariantNumber.Format(p.Value), p.Decimals.ToString(CultureInfo.InvariantCulture),
                p.Derived ? "true" : "false", p.Derivation?.Formula ?? "",
                string.Join("; ", p.Sources.Select(o => o.Where)),
                string.Join("; ", p.Conflicts.Select(SeriesTextRenderer.Describe)),
            ];
            w.WriteLine(string.Join(",", fields.Select(CsvField.Quote)));
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
