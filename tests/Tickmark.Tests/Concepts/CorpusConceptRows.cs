using System.Text.Json;
using System.Text.RegularExpressions;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// The corpus hand labels' statement rows (<c>../shared/groundtruth/corpus</c>), scored the way
/// <c>score_corpus.py</c> scores them: a row is found among the table facts by its label words (footnote
/// markers ignored) and its first printed figure (at scale 1, thousands or millions, sign ignored), facts
/// of the labelled statement kind first, then document order; it is right when every fact of its run
/// (that fact and the ones after it with the same statement, label, section and unit) carries a labelled element.
/// </summary>
public static partial class CorpusConceptRows
{
    public sealed record Row(string Statement, string Label, string FirstValue, IReadOnlySet<string> Elements);

    public sealed record Labels(string File, string Document, IReadOnlyList<Row> Rows);

    public static string Folder => Path.Combine(Paths.Shared, "groundtruth", "corpus");

    public static IEnumerable<Labels> All() => Directory.GetFiles(Folder, "*.json").Order().Select(Load);

    public static Labels Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var e = r.GetProperty("element");
            var elements = e.ValueKind switch
            {
                JsonValueKind.String => new HashSet<string> { e.GetString()! },
                JsonValueKind.Array => e.EnumerateArray().Select(x => x.GetString()!).ToHashSet(),
                _ => new HashSet<string>(),
            };
            return new Row(r.GetProperty("statement").GetString()!, r.GetProperty("label").GetString() ?? "", r.GetProperty("first_value").GetString() ?? "", elements);
        }).ToList();
        return new Labels(Path.GetFileName(path), doc.RootElement.GetProperty("document").GetString()!, rows);
    }

    /// <summary>Rows with an element labelled, how many the extraction names right, and what it got wrong.</summary>
    public static (int Hit, int Total, List<string> Misses) Score(Labels labels, ExtractionResult result)
    {
        var facts = result.Facts.Where(f => f.Origin == FactOrigin.Table).OrderBy(f => f.Span.Start).ToList();
        var used = new HashSet<int>();
        var (hit, total, misses) = (0, 0, new List<string>());
        foreach (var row in labels.Rows)
        {
            var want = Tokens.Of(Footnote().Replace(row.Label, " "));
            var printed = Printed(row.FirstValue);
            var candidates = Enumerable.Range(0, facts.Count)
                .Where(i => !used.Contains(i) && printed is { } p && Matches(facts[i].Value, p)
                    && want.IsSubsetOf(Tokens.Of(Footnote().Replace(facts[i].Label, " ")).Union(Tokens.Of(facts[i].Section))))
                .OrderBy(i => facts[i].Statement?.ToJsonName() != row.Statement).ThenBy(i => i).ToList();
            var run = new List<Fact>();
            if (candidates.Count > 0)
            {
                var i = candidates[0];
                var key = (facts[i].Statement, facts[i].Label, facts[i].Section);
                for (var j = i; j < facts.Count && (facts[j].Statement, facts[j].Label, facts[j].Section) == key; j++)
                    if (!used.Contains(j) && facts[j].Unit == facts[i].Unit) { run.Add(facts[j]); used.Add(j); }
            }
            if (row.Elements.Count == 0) continue;
            total++;
            if (run.Count > 0 && run.All(f => f.Concept is { } c && row.Elements.Contains(c))) hit++;
            else misses.Add($"{labels.Document}: '{row.Label}' expected {string.Join(" or ", row.Elements)}, got {string.Join(", ", run.Select(f => f.Concept ?? "null").Distinct())}");
        }
        return (hit, total, misses);
    }

    private static bool Matches(decimal value, decimal printed)
    {
        var v = Math.Abs(value);
        if (printed == 0) return v == 0;
        foreach (var k in new[] { 1m, 1000m, 1_000_000m })
            if (Math.Abs(v - printed * k) <= 1e-6m * Math.Max(1m, printed * k)) return true;
        return false;
    }

    private static decimal? Printed(string text)
    {
        var t = text.Replace("$", "").Replace(",", "").Replace("%", "").Trim().Trim('(', ')').Trim();
        if (t is "" or "-" or "--" or "---" or "\u2014" or "\u2013") return 0m;
        return decimal.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? Math.Abs(v) : null;
    }

    [GeneratedRegex(@"\((?:\d{1,2}|[a-z]|see notes?|notes?(?: \d+)?)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Footnote();
}
