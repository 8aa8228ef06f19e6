using BenchmarkDotNet.Attributes;
using Tickmark.Extraction;

namespace Tickmark.Bench;

/// <summary>Extract over every plain-text corpus release (about 0.6 MB); MB/s = corpus size / mean time.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private List<(string Path, byte[] Bytes)> _files = [];
    private readonly Extractor _extractor = new();

    [GlobalSetup]
    public void Setup() => _files = Corpus.Load([Corpus.DefaultTextDir]);

    [Benchmark]
    public int ExtractTextCorpus()
    {
        var facts = 0;
        foreach (var (path, bytes) in _files) facts += _extractor.ExtractBytes(path, bytes).Facts.Count;
        return facts;
    }
}
