using System.Globalization;
using System.Text;
using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Periods;
using Tickmark.Store.Reading;
using Tickmark.Text;

namespace Tickmark.Store.Output;

/// <summary>A stored release as text: particulars, each statement as an aligned table (values in base units), checks, diagnostics, and with its disclosures the call, events, guidance and cautionary changes.</summary>
public static class ReleaseTextRenderer
{
    public static string Render(ReleaseDetail d, DisclosureView? disclosures = null)
    {
        var r = d.Release;
        var sb = new StringBuilder();
        sb.AppendLine($"#{r.Id} {r.Name}  {r.Status}{(r.Error is null ? "" : ": " + r.Error)}");
        sb.AppendLine($"{r.SourcePath}  sha256 {r.ContentHash}  parser {r.ParserVersion}");
        var who = r.CompanyName ?? "(no company named)";
        if (r.Ticker is not null) who += $" ({r.Exchange}: {r.Ticker})";
        sb.AppendLine(who);
        if (r.Headline is not null) sb.AppendLine(r.Headline);
        var fiscal = r.FiscalYear is { } y ? $"fiscal {y} Q{r.FiscalQuarter} (to {r.PeriodEnd:yyyy-MM-dd})" : "no fiscal period";
        sb.AppendLine(string.Join(" | ", new[] { r.Date?.ToString("yyyy-MM-dd"), r.City, r.Wire, fiscal }.Where(s => !string.IsNullOrEmpty(s))));

        var values = d.Facts.Where(f => f.Fact.StatementIndex is not null)
            .ToDictionary(f => (f.Fact.StatementIndex!.Value, f.Fact.Row ?? -1, f.Fact.Column ?? -1), f => f.Fact.Value);
        foreach (var s in d.Statements)
        {
            sb.AppendLine();
            sb.AppendLine($"== {s.Kind.ToJsonName()}: {s.Title} (lines {s.FirstLine}-{s.LastLine}, scale {s.Scale.ToString(CultureInfo.InvariantCulture)})");
            var headings = s.Columns.Select(c => c.IsChange ? c.Heading : c.Period switch
            {
                Duration p => $"{p.Start:yyyy-MM-dd}..{p.End:yyyy-MM-dd}",
                Instant i => $"at {i.Date:yyyy-MM-dd}",
                _ => c.Heading,
            }).ToList();
            var cells = s.Rows.Select(row => Enumerable.Range(0, s.Columns.Count)
                .Select(c => values.TryGetValue((s.Index, row.Index, c), out var v) ? v.ToString("#,0.####", CultureInfo.InvariantCulture) : "").ToList()).ToList();
            var labelWidth = Math.Max(1, s.Rows.Count == 0 ? 1 : s.Rows.Max(x => x.Label.Length));
            var widths = headings.Select((h, c) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(x => x[c].Length))).ToList();
            sb.AppendLine((new string(' ', labelWidth) + "  " + string.Join("  ", headings.Select((h, c) => h.PadLeft(widths[c])))).TrimEnd());
            for (var i = 0; i < s.Rows.Count; i++)
                sb.AppendLine((s.Rows[i].Label.PadRight(labelWidth) + "  " + string.Join("  ", cells[i].Select((v, c) => v.PadLeft(widths[c])))).TrimEnd());
        }

        sb.AppendLine();
        sb.AppendLine($"== checks: {d.Checks.Count(c => c.Status == CheckStatus.Pass)} pass, {d.Checks.Count(c => c.Status == CheckStatus.Rounding)} rounding, {d.Checks.Count(c => c.Status == CheckStatus.Fail)} fail");
        foreach (var c in d.Checks) sb.AppendLine($"  {(c.Status == CheckStatus.Fail ? "FAIL" : c.StatusName),-8} {c.Rule}: {c.Message}");
        if (d.Diagnostics.Count > 0)
        {
            sb.AppendLine($"== diagnostics");
            foreach (var g in d.Diagnostics) sb.AppendLine($"  {g.SeverityName} {g.Code}: {g.Message}");
        }
        if (disclosures is not null) sb.Append(DisclosureTextRenderer.Render(disclosures)).AppendLine();
        sb.AppendLine($"{Counted.Of(d.Statements.Count, "statement")}, {Counted.Of(d.Facts.Count, "fact")}");
        return sb.ToString();
    }
}
