using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// The hand-labelled corpus releases: at least 95% of the statement rows labelled with an element get
/// one of the labelled elements on every figure (the bar of issue 10; score_corpus.py reports the same count).
/// </summary>
public sealed class CorpusConceptScoreTests
{
    [Fact]
    public void AtLeast95PercentOfLabelledRowsGetTheirElement()
    {
        var extractor = new Extractor();
        var (hit, total, misses) = (0, 0, new List<string>());
        foreach (var labels in CorpusConceptRows.All())
        {
            var result = extractor.ExtractFile(Path.Combine(Paths.Corpus, labels.Document));
            var (h, t, m) = CorpusConceptRows.Score(labels, result);
            hit += h;
            total += t;
            misses.AddRange(m);
        }
        Assert.True(total >= 300, $"only {total} labelled rows read from {CorpusConceptRows.Folder}");
        Assert.True(hit >= 0.95 * total, $"corpus concept rows {hit}/{total}:\n" + string.Join("\n", misses));
    }
}
