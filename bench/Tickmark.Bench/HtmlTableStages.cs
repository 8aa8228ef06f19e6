using System.Diagnostics;
using AngleSharp.Html.Parser;
using Tickmark.Extraction;
using Tickmark.Html;
using Tickmark.Text;

namespace Tickmark.Bench;

/// <summary>Time spent reading the HTML corpus's tables: laying cells out, reading figures, finding titles, and the whole table stage.</summary>
public static class HtmlTableStages
{
    public static void Run(List<(string Path, byte[] Bytes)> files)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var parsed = files.Select(f => { var doc = Extractor.Load(f.Path, f.Bytes)!; var p = HtmlReader.Parse(doc, new SourceSpan(0, doc.Text.Length)); return (doc, p); }).ToList();
        double matrix = 0, figures = 0, read = 0, title = 0;
        for (var round = 0; round < 15; round++)
        {
            foreach (var (doc, p) in parsed)
            {
                for (var i = 0; i < p.Blocks.Count; i++)
                {
                    var b = p.Blocks[i];
                    if (b.Kind != HtmlBlockKind.Table) continue;
                    var sw = Stopwatch.StartNew();
                    var rows = CellMatrix.Read(b.Element, p.Index);
                    var a = sw.Elapsed.TotalMilliseconds;
                    var f = rows.Select(RowFigures.Read).ToList();
                    var c = sw.Elapsed.TotalMilliseconds;
                    var above = HtmlTitleFinder.Above(p.Blocks, i);
                    var d = sw.Elapsed.TotalMilliseconds;
                    HtmlTableReader.Read(b.Element, p.Index, doc.Lines, above, null);
                    var e = sw.Elapsed.TotalMilliseconds;
                    if (round < 5) continue;
                    matrix += a; figures += c - a; title += d - c; read += e - d;
                }
            }
        }
        Console.WriteLine($"matrix {matrix / 10:F1}  figures {figures / 10:F1}  title {title / 10:F1}  table read (all) {read / 10:F1} ms per pass");
    }
}
