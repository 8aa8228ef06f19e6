using System.Diagnostics;
using AngleSharp.Html.Parser;
using Tickmark.Extraction;
using Tickmark.Html;
using Tickmark.Text;

namespace Tickmark.Bench;

/// <summary>Time spent in each HTML stage over the HTML corpus: where extraction of an HTML release goes.</summary>
public static class HtmlStages
{
    public static void Run(List<(string Path, byte[] Bytes)> files)
    {
        var names = new[] { "decode", "parse (AngleSharp)", "locate + index text", "blocks", "HTML stages (all)", "whole extract" };
        var times = new double[names.Length];
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var extractor = new Extractor();
        for (var round = 0; round < 15; round++)
        {
            foreach (var (path, bytes) in files)
            {
                var sw = Stopwatch.StartNew();
                var doc = Extractor.Load(path, bytes)!;
                var t0 = sw.Elapsed.TotalMilliseconds;
                var document = parser.ParseDocument(doc.Text);
                var t1 = sw.Elapsed.TotalMilliseconds;
                var root = ContentLocator.Locate(document);
                var index = RawTextIndex.Build(doc.Text, 0, root);
                var t2 = sw.Elapsed.TotalMilliseconds;
                HtmlBlockReader.Read(root, index);
                var t3 = sw.Elapsed.TotalMilliseconds;
                HtmlReader.Read(doc, new SourceSpan(0, doc.Text.Length));
                var t4 = sw.Elapsed.TotalMilliseconds;
                extractor.Extract(doc);
                var t5 = sw.Elapsed.TotalMilliseconds - t4;
                if (round < 5) continue;
                times[0] += t0; times[1] += t1 - t0; times[2] += t2 - t1; times[3] += t3 - t2; times[4] += t4 - t3; times[5] += t5;
            }
        }
        for (var i = 0; i < names.Length; i++) Console.WriteLine($"{names[i],-22} {times[i] / 10:F1} ms per corpus pass");
    }
}
