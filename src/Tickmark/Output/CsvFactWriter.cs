using System.Globalization;
using System.Text;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Output;

/// <summary>One fact per CSV row (RFC 4180 quoting), with the file it comes from.</summary>
public static class CsvFactWriter
{
    public const string Header = "path,origin,statement,label,section,concept,value,unit,decimals,period_start,period_end,instant,dimensions,offset,length,line,column";

    public static void WriteRows(TextWriter w, ExtractionResult r)
    {
        foreach (var f in r.Facts)
        {
            var pos = r.Document.Lines.PositionOf(f.Span.Start);
            var (start, end, instant) = f.Period switch
            {
                Duration d => (d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ""),
                Instant i => ("", "", i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => ("", "", ""),
            };
            var dims = string.Join(";", f.Dimensions.Select(kv => $"{kv.Key}={kv.Value}"));
            var fields = new[]
            {
                r.Document.Path, f.Origin.ToJsonName(), f.Statement?.ToJsonName() ?? "",
                f.Label, f.Section, f.Concept ?? "", InvariantNumber.Format(f.Value), f.Unit.ToJsonName(),
                f.Decimals.ToString(CultureInfo.InvariantCulture), start, end, instant, dims,
                f.Span.Start.ToString(CultureInfo.InvariantCulture), f.Span.Length.ToString(CultureInfo.InvariantCulture),
                pos.Line.ToString(CultureInfo.InvariantCulture), pos.Column.ToString(CultureInfo.InvariantCulture),
            };
            w.WriteLine(string.Join(",", fields.Select(CsvField.Quote)));
        }
    }
}
