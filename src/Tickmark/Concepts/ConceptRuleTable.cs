using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The ordered rules of <c>concepts.tsv</c>; the first rule whose row part and conditions hold names
/// the row. Columns: element (or <c>-</c> for a line with no standard element), statements
/// (comma-separated, or <c>any</c>), unit (or <c>any</c>), label pattern (the whole normalized label),
/// section pattern (searched in the normalized headings; empty for any), conditions (<c>;</c>-separated:
/// <c>title~RE</c>, <c>after~RE</c>, <c>before~RE</c>, each negated by a leading <c>!</c>; <c>year&gt;=N</c> or
/// <c>year&lt;N</c> (the table's latest period; unknown counts as earlier); <c>sign=as-printed</c>
/// or <c>sign=negate</c>).
/// </summary>
public sealed partial class ConceptRuleTable
{
    // Interpreted, not Compiled: compiling some 700 patterns cost the CLI seconds at start, and label matches are cached.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private readonly IReadOnlyList<ConceptRule> _rules;
    // Releases repeat the same line labels over and over (in other sections and statements): the rules
    // whose label pattern a label fits are found once per label, and the cheap tests run per row.
    // Bounded: past MaxCached labels the cache starts again, so memory stays flat over any number of releases.
    private const int MaxCached = 200_000;
    private readonly ConcurrentDictionary<string, ConceptRule[]> _byLabel = new(StringComparer.Ordinal);

    // The rules whose label pattern can start with a character (in table order), and those that can start with any.
    private readonly Dictionary<char, ConceptRule[]> _byFirst = [];
    private readonly ConceptRule[] _anyFirst;

    private ConceptRuleTable(IReadOnlyList<ConceptRule> rules)
    {
        _rules = rules;
        var first = rules.Select(r => FirstChars.Of(r.Label)).ToList();
        _anyFirst = rules.Where((_, k) => first[k] is null).ToArray();
        foreach (var c in first.Where(f => f is not null).SelectMany(f => f!).Distinct())
            _byFirst[c] = rules.Where((_, k) => first[k] is not { } set || set.Contains(c)).ToArray();
    }

    /// <summary>The rules whose label pattern the label fits, in table order.</summary>
    internal ConceptRule[] Fitting(string label)
    {
        var pool = label.Length == 0 ? _rules : _byFirst.GetValueOrDefault(label[0], _anyFirst);
        return pool.Where(r => r.Label.IsMatch(label)).ToArray();
    }

    public IReadOnlyList<ConceptRule> Rules => _rules;

    /// <summary>
    /// The first rule that holds for the row, or null when none does. A label no rule names is tried once more
    /// without its trailing detail (see <see cref="WithoutDetail"/>): amounts, share counts and allowances a filer
    /// prints in the label do not change the line.
    /// </summary>
    public ConceptRule? Match(RowContext row)
    {
        if (MatchLabel(row) is { } rule) return rule;
        var shorter = WithoutDetail(row.Label);
        if (shorter.Length > 0 && shorter != row.Label && MatchLabel(row with { Label = shorter }) is { } detailless) return detailless;
        // "Merchandise inventories, net", "Interest, net": the line the words name, net of what a filer deducts from it;
        // never a gross element ("Furniture and equipment, net" is not the gross cost).
        if (!shorter.EndsWith(", net", StringComparison.Ordinal)) return null;
        var bare = MatchLabel(row with { Label = shorter[..^", net".Length] });
        return bare?.Element is { } element && !element.Contains("Gross", StringComparison.Ordinal) ? bare : null;
    }

    /// <summary>
    /// A normalized label without the detail filers append to a line: a closing parenthesis with a figure or
    /// "net of", "including", "less" in it ("other receivables (net of allowances of $41 and $31)"), a trailing
    /// "including ..." clause, a trailing "net of allowance ... of $5 and $4" clause (read as ", net") and a trailing
    /// "at fair value" or "at amortized cost".
    /// </summary>
    public static string WithoutDetail(string label)
    {
        var t = label;
        for (var i = 0; i < 3 && TrailingDetail().Match(t) is { Success: true } m; i++) t = t[..m.Index].TrimEnd(' ', ',', ';');
        t = IncludingClause().Replace(t, "");
        t = NetOfClause().Replace(t, ", net").Trim();
        return AtValueClause().Replace(t, "").Trim();
    }

    // "Other current assets, including $2,023 and $4,507, respectively, from consolidated variable interest entities",
    // "Interest and fees on loans, including held for sale": what the line includes does not change it.
    [GeneratedRegex(@",? (including|includes) [^()]*$")]
    private static partial Regex IncludingClause();

    // "Short-term investments, at fair value", "Held to maturity, at amortized cost": how a line is measured does not change it.
    [GeneratedRegex(@",? (at|carried at) (estimated )?(fair value|amortized cost|cost|market|lower of cost or (market|fair value))$")]
    private static partial Regex AtValueClause();

    [GeneratedRegex(@"[ ,;]*\((?=[^()]*(\d|\$|\bnet of\b|\bincluding\b|\bincludes\b|\bless\b|\bexcluding\b|\bshares\b|\bpar value\b))[^()]*\)$")]
    private static partial Regex TrailingDetail();

    // "... net of allowance for doubtful accounts of $5 and $4"; "Sales, net of returns and allowances", "net of discounts":
    // what a filer deducts is named, the line is the same ", net" line.
    [GeneratedRegex(@",? net of (the )?(allowances?|reserves?|accumulated|provisions?)\b[^()]*\d[^()]*$|,? net of (sales )?(returns|discounts|allowances|rebates)( (and|,) [a-z ,]*)?$")]
    private static partial Regex NetOfClause();

    private ConceptRule? MatchLabel(RowContext row)
    {
        if (!_byLabel.TryGetValue(row.Label, out var candidates))
        {
            if (_byLabel.Count >= MaxCached) _byLabel.Clear();
            candidates = _byLabel.GetOrAdd(row.Label, Fitting);
        }
        foreach (var rule in candidates)
            if (rule.MatchesRow(row.Statement, row.Unit, row.Section) && rule.MatchesContext(row)) return rule;
        return null;
    }

    public static ConceptRuleTable Parse(string tsv, string file)
    {
        var rules = new List<ConceptRule>();
        foreach (var (f, lineNo) in Tsv.Lines(tsv))
        {
            string Where() => $"{file} line {lineNo}";
            if (f.Length < 4) throw new FormatException($"{Where()}: expected element, statements, unit, label pattern");
            var statements = f[1] == "any" ? null : f[1].Split(',').Select(Statement).ToHashSet();
            StatementKind Statement(string s) => s switch
            {
                "income_statement" or "balance_sheet" or "cash_flow" or "other" => StatementKindNames.Parse(s),
                _ => throw new FormatException($"{Where()}: statement '{s}' is not income_statement, balance_sheet, cash_flow, other or any"),
            };
            Unit? unit = f[2] switch
            {
                "USD" => Units.Unit.Usd,
                "USD/share" => Units.Unit.UsdPerShare,
                "shares" => Units.Unit.Shares,
                "any" => null,
                _ => throw new FormatException($"{Where()}: unit '{f[2]}' is not USD, USD/share, shares or any"),
            };
            var label = Compile("^(?:" + f[3] + ")$", Where());
            if (f.Length > 4 && ConditionLike().IsMatch(f[4])) throw new FormatException($"{Where()}: '{f[4]}' is a condition in the section column; conditions go in the sixth column");
            var section = f.Length > 4 && f[4].Length > 0 ? Compile(f[4], Where()) : null;
            var conditions = new List<RuleCondition>();
            var sign = SignRule.Auto;
            foreach (var c in (f.Length > 5 ? f[5] : "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (c == "sign=as-printed") { sign = SignRule.AsPrinted; continue; }
                if (c == "sign=negate") { sign = SignRule.Negate; continue; }
                if (YearCondition().Match(c) is { Success: true } y)
                {
                    conditions.Add(new RuleCondition(RuleConditionKind.YearFrom, null, y.Groups[1].Value == "<", int.Parse(y.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }
                var negated = c.StartsWith('!');
                var body = negated ? c[1..] : c;
                var at = body.IndexOf('~');
                var kind = at < 0 ? (RuleConditionKind?)null : body[..at] switch
                {
                    "title" => RuleConditionKind.Title,
                    "after" => RuleConditionKind.After,
                    "before" => RuleConditionKind.Before,
                    _ => null,
                };
                if (kind is null) throw new FormatException($"{Where()}: condition '{c}' is not title~, after~, before~, year>=, year< or sign=");
                conditions.Add(new RuleCondition(kind.Value, Compile(body[(at + 1)..], Where()), negated));
            }
            var element = f[0] == "-" ? null : f[0];
            rules.Add(new ConceptRule(element, statements, unit, label, section, conditions, sign, lineNo));
        }
        return new ConceptRuleTable(rules);
    }

    private static Regex Compile(string pattern, string where)
    {
        try { return new Regex(pattern, Options); }
        catch (ArgumentException e) { throw new FormatException($"{where}: {e.Message}"); }
    }

    [GeneratedRegex(@"^!?(title|after|before)~|^sign=|^year(>=|<)")]
    private static partial Regex ConditionLike();

    [GeneratedRegex(@"^year(>=|<)((?:19|20)\d\d)$")]
    private static partial Regex YearCondition();
}
