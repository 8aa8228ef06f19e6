using System.Globalization;
using System.Text;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Output;

/// <summary>A filing's XBRL facts as plain text: one line each with element, period, dimensions, value, unit and where it is written.</summary>
public static class XbrlFactsRenderer
{
    public static string Render(ExtractionResult r)
    {
        var sb = new StringBuilder();
        var rel = r.Release;
        sb.AppendLine(r.Document.Path);
        sb.AppendLine(string.Join(" | ", new[] { rel.Company, rel.Ticker, rel.Cik is null ? null : "CIK " + rel.Cik, rel.Headline }.Where(s => s is not null)));
        if (rel.FiscalPeriod is { } fp) sb.AppendLine($"fiscal {fp.Year} Q{fp.Quarter} (to {fp.End:yyyy-MM-dd}), {r.Format}");
        sb.AppendLine();
        foreach (var f in r.Facts)
        {
            var at = r.Document.Lines.PositionOf(f.Span.Start);
            var dims = f.Dimensions.Count == 0 ? "" : " [" + string.Join(", ", f.Dimensions.Select(d => $"{d.Key}={d.Value}")) + "]";
            sb.AppendLine($"{f.Concept}{dims}  {Show(f.Period)}  {f.Value.ToString("#,##0.####", CultureInfo.InvariantCulture)} {f.Unit.ToJsonName()}  {at.Line}:{at.Column}  {f.Label}");
        }
        sb.AppendLine($"{r.Facts.Count} XBRL facts, {r.Facts.Count(f => f.Dimensions.Count == 0)} without dimensions");
        foreach (var diag in r.Diagnostics) sb.AppendLine($"  {diag.SeverityName}: {diag.Message}");
        return sb.ToString();
    }

    private static string Show(Period? p) => p switch
    {
        Instant i => $"at {i.Date:yyyy-MM-dd}",
        Duration d => $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}",
        _ => "no period",
    };
}
