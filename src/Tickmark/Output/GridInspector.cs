using System.Text;
using Tickmark.Extraction;
using Tickmark.Formats;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Output;

/// <summary>Shows how the table stages saw a document: each table's lines, columns and headings. For diagnosing layouts.</summary>
public static class GridInspector
{
    public static string Inspect(SourceDocument doc) => Inspect(doc, out _);

    /// <summary>The layout as <see cref="Inspect(SourceDocument)"/> shows it; <paramref name="tables"/> counts the tables found.</summary>
    public static string Inspect(SourceDocument doc, out int tables)
    {
        var format = FormatDetector.Detect(doc.Text);
        if (format != DocumentFormat.Text) return InspectGrids(doc, format, out tables);
        var sb = new StringBuilder();
        var lines = LineView.Of(LineClassifier.Classify(doc));
        tables = 0;
        foreach (var region in TableLocator.Locate(lines))
        {
            tables++;
            var grid = TextTableReader.Read(lines, region);
            sb.AppendLine($"table: heading from line {lines[region.HeaderStart].LineNumber}, body {region.FirstLine}-{region.LastLine}");
            foreach (var t in grid.TitleLines) sb.AppendLine($"  title: {t}");
            foreach (var c in grid.Columns)
                sb.AppendLine($"  column {c.Index}: chars {c.OuterStart}/{c.Start}-{c.End}  heading '{grid.Headings[c.Index].Text}'");
            foreach (var r in grid.Rows)
                sb.AppendLine($"  row {r.Line + 1} [{r.Section}] '{r.Label}': {string.Join(" | ", r.Cells.Select(c => c?.Text ?? "."))}");
            foreach (var d in grid.Diagnostics) sb.AppendLine($"  {d.SeverityName}: {d.Message}");
        }
        return sb.ToString();
    }

    /// <summary>HTML and submissions: each part's grids, as the format's own stages built them.</summary>
    private static string InspectGrids(SourceDocument doc, DocumentFormat format, out int tables)
    {
        var sb = new StringBuilder();
        tables = 0;
        sb.AppendLine($"format: {format.ToJsonName()}");
        foreach (var part in Extractor.ReadParts(doc, format).Parts)
        {
            foreach (var grid in part.Grids)
            {
                tables++;
                sb.AppendLine($"table: lines {grid.Region.FirstLine}-{grid.Region.LastLine}");
                foreach (var t in grid.TitleLines) sb.AppendLine($"  title: {t}");
                foreach (var c in grid.Columns)
                    sb.AppendLine($"  column {c.Index}: grid columns {c.Start}-{c.End - 1}  heading '{grid.Headings[c.Index].Text}'");
                foreach (var r in grid.Rows)
                    sb.AppendLine($"  row {r.Line + 1} indent {r.Indent}{(r.RuleAbove ? " rule" : "")} [{r.Section}] '{r.Label}': {string.Join(" | ", r.Cells.Select(c => c?.Text ?? "."))}");
                foreach (var d in grid.Diagnostics) sb.AppendLine($"  {d.SeverityName}: {d.Message}");
            }
            foreach (var b in part.Prose.Blocks)
            {
                var text = part.Prose.View.Slice(b.Span).ReplaceLineEndings(" ");
                sb.AppendLine($"{b.Kind.ToString().ToLowerInvariant()}: {(text.Length > 100 ? text[..100] + "…" : text)}");
            }
        }
        return sb.ToString();
    }
}
