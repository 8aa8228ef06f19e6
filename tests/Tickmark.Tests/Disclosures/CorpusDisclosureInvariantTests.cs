using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Disclosures;

/// <summary>
/// On every corpus release and seed: no guidance number is also an actual fact (of any origin, table or
/// prose), each is a fact of kind guidance at its place; nothing in a call's paragraph (its dial-in
/// numbers, access codes, times and replay dates) is read as a financial fact.
/// </summary>
public class CorpusDisclosureInvariantTests
{
    public static IEnumerable<object[]> Releases() =>
        new[] { "text", "html" }.SelectMany(d => Directory.GetFiles(Path.Combine(Paths.Corpus, d)))
            .Concat(Directory.GetFiles(Paths.Seeds, "*.txt")).Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetRelativePath(Paths.Shared, p) });

    [Theory]
    [MemberData(nameof(Releases))]
    public void NoGuidanceOrCallFigureIsAnActualFact(string file)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Shared, file));
        var actual = r.Facts.Where(f => f.Kind == FactKind.Actual).ToList();
        foreach (var g in r.Disclosures.Guidance)
            foreach (var n in g.Numbers)
            {
                Assert.DoesNotContain(actual, f => f.Span.Start < n.Span.Start + n.Span.Length && n.Span.Start < f.Span.Start + f.Span.Length);
                Assert.Contains(r.Facts, f => f.Kind == FactKind.Guidance && f.Span == n.Span && f.Value == n.Value);
            }
        if (r.Disclosures.Call is { } call)
            Assert.DoesNotContain(actual, f => call.Span.Contains(f.Span));
    }
}
