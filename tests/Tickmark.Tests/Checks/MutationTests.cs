using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Tests.Support;
using Tickmark.Text;
using Xunit.Abstractions;

namespace Tickmark.Tests.Checks;

/// <summary>
/// For each seed, every copy that changes the leading digit of one printed figure (each statement
/// cell and each prose figure of the ground truth) must make a check fail. At least 95% of copies
/// are caught; the escapes are written to the test output with the figure and its place.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    public sealed record Mutant(string Seed, string What, SourceSpan Span, string Printed, string Changed, bool Caught);

    [Fact]
    public void AtLeast95PercentOfOneDigitChangesAreCaught()
    {
        var mutants = GroundTruth.Files().SelectMany(Mutate).ToList();
        var caught = mutants.Count(m => m.Caught);
        var rate = (double)caught / mutants.Count;
        output.WriteLine($"{caught} of {mutants.Count} mutants caught ({rate:P1})");
        foreach (var m in mutants.Where(m => !m.Caught))
            output.WriteLine($"escaped: {m.Seed} {m.What}: {m.Printed} -> {m.Changed} at {m.Span}");
        Assert.True(mutants.Count >= 300, $"{mutants.Count} mutants: every cell and prose figure of the three seeds");
        Assert.True(rate >= 0.95, $"{caught} of {mutants.Count} caught ({rate:P1})");
    }

    private static IEnumerable<Mutant> Mutate(string file)
    {
        var gt = GroundTruth.Load(file);
        var text = File.ReadAllText(Path.Combine(Paths.Seeds, gt.Document));
        var extractor = new Extractor();
        var original = extractor.Extract(SourceDocument.FromText(text, gt.Document));
        Assert.DoesNotContain(original.Checks, c => c.Status == CheckStatus.Fail);

        var places = new List<(string What, SourceSpan Span)>();
        var matches = gt.MatchCells(original.Facts);
        for (var i = 0; i < gt.Cells.Count; i++)
        {
            Assert.True(matches[i] >= 0, $"cell {gt.Cells[i].Label} {gt.Cells[i].Period} is extracted");
            places.Add(($"cell {gt.Cells[i].Label} {gt.Cells[i].Period}", original.Facts[matches[i]].Span));
        }
        places.AddRange(gt.Prose.Select(p => ($"prose {p.Measure} {p.Period}", p.Span)));

        foreach (var (what, span) in places)
        {
            var printed = text.Substring(span.Start, span.Length);
            var at = span.Start + printed.IndexOfAny("0123456789".ToCharArray());
            var digit = text[at];
            // Up by one, or down from 9, so that the number keeps its length and shape.
            var changed = digit == '9' ? '8' : (char)(digit + 1);
            var copy = string.Concat(text.AsSpan(0, at), changed.ToString(), text.AsSpan(at + 1));
            var result = extractor.Extract(SourceDocument.FromText(copy, gt.Document));
            var caught = result.Checks.Any(c => c.Status == CheckStatus.Fail);
            yield return new Mutant(gt.Document, what, span, printed, copy.Substring(span.Start, span.Length), caught);
        }
    }
}
