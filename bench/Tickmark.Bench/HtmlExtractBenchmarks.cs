using BenchmarkDotNet.Attributes;
using Tickmark.Extraction;

namespace Tickmark.Bench;

/// <summary>Extract over every HTML corpus release (about 6.4 MB); MB/s = corpus size / mean time.</summary>
[MemoryDiagnoser]
public class HtmlExtractBenchmarks
{
    private List<(string Path, byte[] Bytes)> _files = [];
    private readonly Extractor _extractor = new();

    [GlobalSetup]
    public void Setup() => _files = Corpus.Load([Corpus.DefaultHtmlDir]);

    [Benchmark]
    public int ExtractHtmlCorpus()
    {
        var facts = 0;
        foreach (var (path, bytes) in _files) facts += _extractor.ExtractBytes(path, bytes).Facts.Count;
        return facts;
    }
}
