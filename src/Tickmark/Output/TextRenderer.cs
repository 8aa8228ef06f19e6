using System.Globalization;
using System.Text;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Text;

namespace Tickmark.Output;

/// <summary>Renders a release as aligned plain-text statements, then a one-line summary.</summary>
public static class TextRenderer
{
    public static string Render(ExtractionResult r)
    {
        if (Formats.DocumentFormatNames.IsXbrlName(r.Format)) return XbrlFactsRenderer.Render(r);
        var sb = new StringBuilder();
        var rel = r.Release;
        sb.AppendLine($"{r.Document.Path}");
        var who = string.Join(" ", new[] { rel.Company, rel.Exchange is null ? null : $"({rel.Exchange}: {rel.Ticker})" }.Where(s => s is not null));
        if (who.Length > 0) sb.AppendLine(who);
        if (rel.Headline is not null) sb.AppendLine(rel.Headline);
        var when = new List<string>();
        if (rel.Date is { } d) when.Add(d.ToString("yyyy-MM-dd"));
        if (rel.City is not null) when.Add(rel.City);
        if (rel.Wire is not null) when.Add(rel.Wire);
        if (rel.FiscalPeriod is { } fp) when.Add($"fiscal {fp.Year} Q{fp.Quarter} (to {fp.End:yyyy-MM-dd})");
        if (when.Count > 0) sb.AppendLine(string.Join(" | ", when));
        sb.AppendLine();

        foreach (var s in r.Statements)
        {
            sb.AppendLine($"== {s.Kind.ToJsonName()}: {s.Title} (line {s.Region.FirstLine}, scale {s.Scale.ToString(CultureInfo.InvariantCulture)})");
            var headers = s.Columns.Select(Header).ToList();
            var cells = s.Rows.Select(row => row.FactIndexes.Select(i => i is { } fi ? Format(r.Facts[fi].Value) : "").ToList()).ToList();
            var labels = s.Rows.Select(row => (row.Section.Length > 0 ? "  " : "") + row.Label).ToList();
            var labelWidth = Math.Min(48, Math.Max(10, labels.DefaultIfEmpty("").Max(l => l.Length)));
            var widths = headers.Select((h, j) => Math.Max(h.Length, cells.Select(c => c[j].Length).DefaultIfEmpty(0).Max())).ToList();
            sb.Append(new string(' ', labelWidth));
            for (var j = 0; j < headers.Count; j++) sb.Append("  ").Append(headers[j].PadLeft(widths[j]));
            sb.AppendLine();
            string? section = null;
            for (var i = 0; i < s.Rows.Count; i++)
            {
                if (s.Rows[i].Section.Length > 0 && s.Rows[i].Section != section) sb.AppendLine(Cut(s.Rows[i].Section, labelWidth + 20));
                section = s.Rows[i].Section;
                sb.Append(Cut(labels[i], labelWidth).PadRight(labelWidth));
                for (var j = 0; j < headers.Count; j++) sb.Append("  ").Append(cells[i][j].PadLeft(widths[j]));
                sb.AppendLine();
            }
            sb.AppendLine();
        }
        var warnings = r.Diagnostics.Count(d => d.Severity != Diagnostics.Severity.Info);
        sb.AppendLine($"{Counted.Of(r.Statements.Count, "statement")}, {Counted.Of(r.Facts.Count, "fact")}, {r.Facts.Count(f => f.Concept is not null)} with a US-GAAP element, {Counted.Of(warnings, "warning")}");
        foreach (var diag in r.Diagnostics) sb.AppendLine($"  {diag.SeverityName}: {diag.Message}");
        return sb.ToString();
    }

    private static string Header(ColumnPeriod c) => c switch
    {
        { IsChange: true } => "change",
        { Period: Instant i } => $"at {i.Date:yyyy-MM-dd}",
        { Period: Duration d } => $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}",
        _ => "?",
    };

    private static string Format(decimal v) => v.ToString("#,##0.####", CultureInfo.InvariantCulture);

    private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
