using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// Every face-statement line of the 40 corpus releases (balance sheet, income statement, cash flows;
/// GAAP; dollars, per-share or shares; no dimension) that is left without an element is listed in
/// <c>null-rows.tsv</c> with the reason it has no standard element, reviewed by reading the release.
/// A new null line fails, and so does a listed line that now gets an element (the list is kept exact).
/// </summary>
public sealed class ConceptNullRowsTests
{
    private static readonly StatementKind[] Face = [StatementKind.BalanceSheet, StatementKind.IncomeStatement, StatementKind.CashFlow];

    [Fact]
    public void EveryFaceStatementLineLeftWithoutAnElementIsReviewed()
    {
        var listed = File.ReadLines(Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Concepts", "null-rows.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(f => (f[0], f[1], f[2]), f => f[3]);
        Assert.All(listed.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        var found = new HashSet<(string, string, string)>();
        var extractor = new Extractor();
        var files = Directory.GetFiles(Paths.Corpus, "*.*", SearchOption.AllDirectories).Where(p => p.EndsWith(".txt") || p.EndsWith(".htm") || p.EndsWith(".html")).Order().ToList();
        Assert.Equal(40, files.Count);
        foreach (var path in files)
        {
            var document = Path.GetRelativePath(Paths.Corpus, path).Replace('\\', '/');
            foreach (var f in extractor.ExtractFile(path).Facts)
                if (f.Origin == FactOrigin.Table && f.Statement is { } kind && Face.Contains(kind) && f.Basis == FactBasis.Gaap
                    && f.Unit is Unit.Usd or Unit.UsdPerShare or Unit.Shares && f.Dimensions.Count == 0 && f.Concept is null)
                    found.Add((document, kind.ToJsonName(), f.Label));
        }
        // Each line once per release: a line that gets an element in one of its tables is still listed if another leaves it null.
        var unreviewed = found.Where(k => !listed.ContainsKey(k)).Select(k => string.Join(" | ", k.Item1, k.Item2, k.Item3)).Order().ToList();
        var stale = listed.Keys.Where(k => !found.Contains(k)).Select(k => string.Join(" | ", k.Item1, k.Item2, k.Item3)).Order().ToList();
        Assert.True(unreviewed.Count == 0, "null lines not reviewed in null-rows.tsv:\n" + string.Join("\n", unreviewed));
        Assert.True(stale.Count == 0, "lines of null-rows.tsv that now get an element (take them out):\n" + string.Join("\n", stale));
        Assert.True(listed.Values.Count(r => r.StartsWith("GAP:")) <= 7, "more lines with a standard element left null");
    }
}
