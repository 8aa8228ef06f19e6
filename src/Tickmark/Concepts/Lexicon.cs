using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The concept stage's last resort: wordings of face-statement lines learned from filers' own XBRL
/// (<c>lexicon.tsv</c>, built by tests/Tickmark.Tests/Concepts/Harvest/build_lexicon.py): statement, unit, part
/// (current assets, investing activities...: from the row's heading or the first total after it; empty for any), since
/// (a year: the line recent filers give, for rows of a table of that year on; empty for any year), wording, the element most
/// filers give it. Consulted only for a row no rule of concepts.tsv names. A row's wording found as it is (recent filers'
/// line first, then the older; in its part, else in any part) names its element; otherwise the closest wording of the
/// same statement and unit, by the words both share weighted by their rarity, names it when it is close enough and no
/// other element's wording is nearly as close (thresholds chosen by leave-one-company-out cross-validation, in the
/// file's close-match line).
/// The element's period type must agree with the statement (a balance sheet's lines are instants, an income
/// statement's spans) and its item type with the row's unit.
/// </summary>
public sealed partial class Lexicon
{
    private sealed record Entry(string[] Words, string Element, int Companies)
    {
        /// <summary>The weight of all its words (set once the words' rarity is known).</summary>
        public double Weight { get; set; }
    }

    /// <summary>A close match stands only on a wording at least this many companies print (one company's wording matches only exactly).</summary>
    private const int CloseMinCompanies = 2;

    private sealed record Part(string Name, StatementKind Statement, Regex Heading, Regex Total);

    private readonly Dictionary<(StatementKind, Unit, string, int, string), Entry> _exact;
    // The years from which recent filers' lines apply, latest first, and 0 (any year).
    private readonly int[] _eras;
    private readonly IReadOnlyList<Part> _parts;
    // Wordings with a line of their own in some part: only their rows need the part found.
    private readonly HashSet<(StatementKind, Unit, string)> _withParts = [];
    private readonly ConcurrentDictionary<(StatementKind, Unit, string), bool> _needsPart = new();
    // Which part's total a label is ("" for none), once per label: a row's part scans the labels after it.
    private readonly ConcurrentDictionary<(StatementKind, string), string> _totalOf = new();
    private readonly Dictionary<(StatementKind, Unit, string), List<Entry>> _byWord = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unknownIdf;
    private readonly ElementCatalog _catalog;
    // Releases print the same lines over and over: each (statement, unit, label) is looked up once; bounded, so memory stays flat.
    private const int MaxCached = 200_000;
    private readonly ConcurrentDictionary<(StatementKind, Unit, string, int, string), ElementInfo?> _cache = new();

    private Lexicon(Dictionary<(StatementKind, Unit, string, int, string), Entry> exact, IReadOnlyList<Part> parts, double threshold, double margin, ElementCatalog catalog)
    {
        _exact = exact;
        _eras = exact.Keys.Select(k => k.Item4).Append(0).Distinct().OrderDescending().ToArray();
        _parts = parts;
        _catalog = catalog;
        Threshold = threshold;
        Margin = margin;
        // Close matches and the words' rarity are over the wordings of any part (a part's own lines are exceptions to them).
        var anywhere = exact.Where(e => e.Key.Item3.Length == 0 && e.Key.Item4 == 0).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((statement, unit, _, _, _), entry) in anywhere)
            foreach (var word in entry.Words)
            {
                df[word] = df.GetValueOrDefault(word) + 1;
                if (entry.Companies < CloseMinCompanies) continue;
                var key = (statement, unit, word);
                if (!_byWord.TryGetValue(key, out var list)) _byWord[key] = list = [];
                list.Add(entry);
            }
        foreach (var (word, count) in df) _idf[word] = Math.Log(1 + (double)anywhere.Count / count);
        _unknownIdf = Math.Log(1 + anywhere.Count);
        foreach (var (_, entry) in anywhere) entry.Weight = entry.Words.Sum(Weight);
        foreach (var (statement, unit, part, _, wording) in exact.Keys)
            if (part.Length > 0) _withParts.Add((statement, unit, wording));
    }

    /// <summary>The least closeness (shared rarity over all rarity, 0 to 1) of a wording not found as it is.</summary>
    public double Threshold { get; }

    /// <summary>How much closer the best element's wording must be than any other element's (nearer is a tie: null).</summary>
    public double Margin { get; }

    public int Count => _exact.Count;

    public static Lexicon Empty { get; } = new([], [], 1, 1, ElementCatalog.Default);

    /// <summary>The element the lexicon gives a row of a table: its label, statement, unit, part (see <see cref="PartOf"/>) and year.</summary>
    public ElementInfo? Find(RowContext row)
    {
        if (row.Statement == StatementKind.Other || _exact.Count == 0) return null;
        var key = (row.Statement, row.Unit, row.Label);
        if (!_needsPart.TryGetValue(key, out var needsPart))
        {
            if (_needsPart.Count >= MaxCached) _needsPart.Clear();
            needsPart = _needsPart[key] = _withParts.Contains((row.Statement, row.Unit, string.Join(' ', Wording(row.Label))))
                || _withParts.Contains((row.Statement, row.Unit, string.Join(' ', Wording(ConceptRuleTable.WithoutDetail(row.Label)))));
        }
        return Find(row.Label, row.Statement, row.Unit, needsPart ? PartOf(row) : "", row.Year);
    }

    /// <summary>
    /// The element the lexicon gives a row (its label normalized by <see cref="ConceptMap.Normalize"/>) in a part of its
    /// statement ("" for unknown), in a table of <paramref name="year"/> (null: unknown, counted as earlier than any), or
    /// null: no wording close enough, a near tie, another statement or unit, or a period type the statement does not have.
    /// </summary>
    public ElementInfo? Find(string label, StatementKind statement, Unit unit, string part = "", int? year = null)
    {
        if (statement == StatementKind.Other || _exact.Count == 0) return null;
        var era = Array.Find(_eras, e => e <= (year ?? 0));
        var key = (statement, unit, part, era, label);
        if (_cache.TryGetValue(key, out var known)) return known;
        if (_cache.Count >= MaxCached) _cache.Clear();
        return _cache[key] = Lookup(label, statement, unit, part, era);
    }

    /// <summary>
    /// The part of its statement a row sits in: the first part whose heading pattern its deepest heading fits, else the
    /// first whose total pattern a label at or after the row fits ("total current assets" ends the current assets); "" for none.
    /// </summary>
    public string PartOf(RowContext row)
    {
        var at = row.Section.LastIndexOf(" > ", StringComparison.Ordinal);
        var heading = at < 0 ? row.Section : row.Section[(at + 3)..];
        if (heading.Length > 0)
            foreach (var p in _parts)
                if (p.Statement == row.Statement && p.Heading.IsMatch(heading)) return p.Name;
        for (var i = row.Index; i < row.Labels.Count; i++)
            if (TotalOf(row.Statement, row.Labels[i]) is { Length: > 0 } part) return part;
        return "";
    }

    private string TotalOf(StatementKind statement, string label)
    {
        var key = (statement, label);
        if (_totalOf.TryGetValue(key, out var known)) return known;
        if (_totalOf.Count >= MaxCached) _totalOf.Clear();
        return _totalOf[key] = _parts.FirstOrDefault(p => p.Statement == statement && p.Total.IsMatch(label))?.Name ?? "";
    }

    private ElementInfo? Lookup(string label, StatementKind statement, Unit unit, string part, int era)
    {
        var words = Wording(label);
        var shorter = Wording(ConceptRuleTable.WithoutDetail(label));
        var name = Exact(words, statement, unit, part, era)
            ?? Exact(shorter, statement, unit, part, era)
            ?? Closest(words, statement, unit);
        if (name is null || _catalog.Find(name) is not { } element || !ElementCatalog.Fits(element, unit)) return null;
        var periodAgrees = statement switch
        {
            StatementKind.BalanceSheet => element.PeriodType == ElementPeriodType.Instant,
            StatementKind.IncomeStatement => element.PeriodType == ElementPeriodType.Duration,
            _ => true, // a cash-flow statement has both: its flows and the cash it starts and ends with
        };
        return periodAgrees ? element : null;
    }

    /// <summary>The wording's element: the latest era's line the row's year reaches first, then older ones; in the row's part, else in any part.</summary>
    private string? Exact(string[] words, StatementKind statement, Unit unit, string part, int era)
    {
        if (words.Length == 0) return null;
        var wording = string.Join(' ', words);
        foreach (var since in _eras)
        {
            if (since > era) continue;
            if (part.Length > 0 && _exact.TryGetValue((statement, unit, part, since, wording), out var inPart)) return inPart.Element;
            if (_exact.TryGetValue((statement, unit, "", since, wording), out var e)) return e.Element;
        }
        return null;
    }

    private double Weight(string word) => _idf.TryGetValue(word, out var w) ? w : _unknownIdf;

    /// <summary>The closest wording's element: shared words' weight over the weight of the words of either (build_lexicon.py's Matcher).</summary>
    private string? Closest(string[] words, StatementKind statement, Unit unit)
    {
        if (words.Length == 0) return null;
        var query = new HashSet<string>(words, StringComparer.Ordinal);
        var shared = new Dictionary<Entry, double>(ReferenceEqualityComparer.Instance);
        foreach (var word in query)
            if (_byWord.TryGetValue((statement, unit, word), out var entries))
                foreach (var e in entries) shared[e] = shared.GetValueOrDefault(e) + Weight(word);
        if (shared.Count == 0) return null;
        var queryWeight = query.Sum(Weight);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (e, s) in shared)
        {
            // The union's weight: the row's words and the wording's words it lacks (its words' weight less the shared).
            var score = s / (queryWeight + e.Weight - s);
            if (score > best.GetValueOrDefault(e.Element)) best[e.Element] = score;
        }
        var ranked = best.OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        return ranked[0].Value >= Threshold && ranked[0].Value - second >= Margin ? ranked[0].Key : null;
    }

    /// <summary>
    /// A normalized label's words (letters and digits), in order, as the lexicon keeps them; "non" joins the word after it
    /// ("non-current", "non current" and "noncurrent" are one word: apart, a close match would read "non current" as "current").
    /// </summary>
    public static string[] Wording(string normalized)
    {
        var words = new List<string>();
        var joinNext = false;
        foreach (Match m in Word().Matches(normalized))
        {
            if (joinNext) words[^1] += m.Value;
            else words.Add(m.Value);
            joinNext = !joinNext && m.Value == "non";
        }
        return words.ToArray();
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    /// <summary>
    /// Reads lexicon.tsv: <c>part</c> lines (name, statement, heading pattern, total pattern), a <c>close-match</c> line
    /// (threshold, margin), then statement, unit, part, since, wording, element, companies, share. Every element must be in <paramref name="catalog"/>.
    /// </summary>
    public static Lexicon Parse(string tsv, string file, ElementCatalog catalog)
    {
        var exact = new Dictionary<(StatementKind, Unit, string, int, string), Entry>();
        var parts = new List<Part>();
        var (threshold, margin) = (1.0, 1.0);
        foreach (var (f, lineNo) in Tsv.Lines(tsv))
        {
            if (f[0] == "close-match" && f.Length >= 3)
            {
                threshold = double.Parse(f[1], CultureInfo.InvariantCulture);
                margin = double.Parse(f[2], CultureInfo.InvariantCulture);
                continue;
            }
            if (f[0] == "part" && f.Length >= 5)
            {
                parts.Add(new Part(f[1], StatementKindNames.Parse(f[2]), new Regex(f[3], RegexOptions.CultureInvariant), new Regex(f[4], RegexOptions.CultureInvariant)));
                continue;
            }
            if (f.Length < 7) throw new FormatException($"{file} line {lineNo}: expected statement, unit, part, since, wording, element, companies");
            var statement = StatementKindNames.Parse(f[0]);
            if (statement == StatementKind.Other) throw new FormatException($"{file} line {lineNo}: statement '{f[0]}' is not balance_sheet, income_statement or cash_flow");
            var unit = f[1] switch
            {
                "USD" => Unit.Usd,
                "USD/share" => Unit.UsdPerShare,
                "shares" => Unit.Shares,
                _ => throw new FormatException($"{file} line {lineNo}: unit '{f[1]}' is not USD, USD/share or shares"),
            };
            var since = f[3].Length == 0 ? 0 : int.Parse(f[3], CultureInfo.InvariantCulture);
            if (catalog.Find(f[5]) is null) throw new FormatException($"{file} line {lineNo}: {f[5]} is not in elements.tsv");
            if (!exact.TryAdd((statement, unit, f[2], since, f[4]), new Entry(f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray(), f[5], int.Parse(f[6], CultureInfo.InvariantCulture))))
                throw new FormatException($"{file} line {lineNo}: '{f[4]}' is listed twice for {f[0]} {f[1]} {f[2]} {f[3]}");
        }
        return new Lexicon(exact, parts, threshold, margin, catalog);
    }
}
