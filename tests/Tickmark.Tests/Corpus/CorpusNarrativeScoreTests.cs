using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Corpus;

/// <summary>
/// The hand-typed prose figures of the corpus releases (shared/groundtruth/corpus) come out at their
/// offset with their magnitude, unit and period, as tools/score_corpus.py counts them: at least 95%
/// of them over all releases.
/// </summary>
public class CorpusNarrativeScoreTests
{
    [Fact]
    public void AtLeast95PercentOfCorpusProseFiguresComeOutRight()
    {
        var (hit, total, misses) = (0, 0, new List<string>());
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.GroundTruth, "corpus"), "*.json").Order())
        {
            var gt = Json.Load(file);
            var document = gt.GetProperty("document").GetString()!;
            var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, document));
            var byOffset = r.Facts.Where(f => f.Origin == FactOrigin.Narrative).ToLookup(f => f.Span.Start);
            foreach (var n in gt.GetProperty("narrative").EnumerateArray())
            {
                total++;
                var value = n.GetProperty("value").GetDecimal();
                var unit = n.GetProperty("unit").GetString();
                var period = Json.PeriodOf(n.GetProperty("period"));
                if (byOffset[n.GetProperty("offset").GetInt32()].Any(f => f.Unit.ToJsonName() == unit && Equals(f.Period, period)
                        && Math.Abs(Math.Abs(f.Value) - value) <= 1e-6m * Math.Max(1m, value)))
                    hit++;
                else
                    misses.Add($"{document} {n.GetProperty("text").GetString()} at {n.GetProperty("line").GetInt32()}:{n.GetProperty("column").GetInt32()}");
            }
        }
        Assert.True(total >= 225, $"only {total} labelled figures found");
        Assert.True(hit * 100 >= 95 * total, $"{hit}/{total} right; misses:\n{string.Join("\n", misses)}");
    }
}
