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
        var alloc = new long[6];
        foreach (var (path, bytes) in files)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var doc = Extractor.Load(path, bytes)!;
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            var document = parser.ParseDocument(doc.Text);
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            var root = ContentLocator.Locate(document);
            var index = RawTextIndex.Build(doc.Text, 0, root);
            var a3 = GC.GetAllocatedBytesForCurrentThread();
            HtmlBlockReader.Read(root, index);
            var a4 = GC.GetAllocatedBytesForCurrentThread();
            HtmlReader.Read(doc, new SourceSpan(0, doc.Text.Length));
            var a5 = GC.GetAllocatedBytesForCurrentThread();
            extractor.Extract(doc);
            var a6 = GC.GetAllocatedBytesForCurrentThread();
            alloc[0] += a1 - a0; alloc[1] += a2 - a1; alloc[2] += a3 - a2; alloc[3] += a4 - a3; alloc[4] += a5 - a4; alloc[5] += a6 - a5;
        }
        Console.WriteLine("allocated MB: " + string.Join(", ", names.Zip(alloc, (n, a) => $"{n} {a / 1e6:F0}")));
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (path, bytes) in files) extractor.ExtractBytes(path, bytes);
        var parsedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (path, bytes) in files) parser.ParseDocument(Extractor.Load(path, bytes)!.Text);
        var after = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"allocated per corpus pass: {(parsedBefore - before) / 1e6:F0} MB by extract, of which about {(after - parsedBefore) / 1e6:F0} MB by decode and parse");
    }
}
