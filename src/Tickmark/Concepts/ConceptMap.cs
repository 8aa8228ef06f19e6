using System.Text.RegularExpressions;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The concept stage's data: the rules that name rows (<c>concepts.tsv</c>), the elements they may name
/// (<c>elements.tsv</c>), what makes a table or row non-GAAP (<c>basis.tsv</c>) and which totals give
/// their parts a dimension (<c>dimensions.tsv</c>), and, last, the wordings learned from filers' XBRL
/// (<c>lexicon.tsv</c>) for rows no rule names. New layouts and industries are new lines of data.
/// </summary>
public sealed partial class ConceptMap
{
    public ConceptMap(ConceptRuleTable rules, ElementCatalog elements, BasisClassifier basis, ComponentDimensions dimensions, Lexicon? lexicon = null)
    {
        Rules = rules;
        Elements = elements;
        Basis = basis;
        Dimensions = dimensions;
        Lexicon = lexicon ?? Lexicon.Empty;
    }

    public ConceptRuleTable Rules { get; }
    public ElementCatalog Elements { get; }
    public BasisClassifier Basis { get; }
    public ComponentDimensions Dimensions { get; }
    public Lexicon Lexicon { get; }

    public static ConceptMap Default { get; } = new(
        ConceptRuleTable.Parse(EmbeddedData.Read("concepts.tsv"), "concepts.tsv"),
        ElementCatalog.Default,
        BasisClassifier.Parse(EmbeddedData.Read("basis.tsv"), "basis.tsv"),
        ComponentDimensions.Parse(EmbeddedData.Read("dimensions.tsv"), "dimensions.tsv"),
        Lexicon.Parse(EmbeddedData.Read("lexicon.tsv"), "lexicon.tsv", ElementCatalog.Default));

    /// <summary>A map with other rules (tests), the default elements, basis and dimensions, and no lexicon (the rules alone).</summary>
    public static ConceptMap Parse(string tsv) => new(ConceptRuleTable.Parse(tsv, "concepts"), ElementCatalog.Default, Default.Basis, Default.Dimensions);

    /// <summary>
    /// The element for a line seen alone (a prose measure, no table around it), as "us-gaap:Name", or
    /// null where nothing fits or the element does not count figures of <paramref name="unit"/>.
    /// </summary>
    public string? Find(string label, string section, StatementKind statement, Unit unit)
    {
        var element = Element(Rules.Match(RowContext.Alone(Normalize(label), Normalize(section), statement, unit)));
        return element is not null && ElementCatalog.Fits(element, unit) ? element.Concept : null;
    }

    /// <summary>
    /// The element of a row in its table: the first rule that holds names it (or says it has none); a row no rule
    /// names is looked up in the lexicon. Returns the rule too (null where the lexicon named the row or nothing did).
    /// </summary>
    public (ConceptRule? Rule, ElementInfo? Element) Resolve(RowContext row)
    {
        var rule = Rules.Match(row);
        return rule is not null ? (rule, Element(rule)) : (null, Lexicon.Find(row));
    }

    /// <summary>The element a rule names, from the catalog; null for a rule of a line with no standard element.</summary>
    public ElementInfo? Element(ConceptRule? rule) =>
        rule?.Element is { } name ? Elements.Find(name) ?? throw new InvalidOperationException($"concepts.tsv line {rule.Line}: {name} is not in elements.tsv") : null;

    /// <summary>
    /// Lower case, '&amp;' as "and", curly quotes straight, dashes as '-', footnote marks ("(1)", "(a)",
    /// "(See Note)", "*") and unit notes ("(in shares)") dropped, " - net" as ", net", trailing ':', '-' or dots dropped, spaces collapsed.
    /// </summary>
    public static string Normalize(string text)
    {
        // Releases print the same labels and headings over and over: each is normalized once (bounded, so memory stays flat).
        if (NormalizedCache.TryGetValue(text, out var known)) return known;
        if (NormalizedCache.Count >= MaxNormalized) NormalizedCache.Clear();
        return NormalizedCache[text] = NormalizeUncached(text);
    }

    private const int MaxNormalized = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NormalizedCache = new(StringComparer.Ordinal);

    private static string NormalizeUncached(string text)
    {
        var t = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2014', '-').Replace('\u2013', '-').Replace("&", " and ");
        t = Footnote().Replace(t, " ");
        // Rendered statements and linkbases say what a figure counts ("(in shares)", "(in dollars per share)"): the unit says it already.
        t = UnitNote().Replace(t, " ");
        // "Intangible assets — net", "Debt - net": the same line as "..., net".
        t = DashNet().Replace(t, ", net");
        t = Whitespace.Squeeze(t).TrimEnd(':', '.', ' ', '*', '-', ',').TrimEnd();
        return t;
    }

    [GeneratedRegex(@"\s*(\(\s*\d{1,2}\s*\)|\(\s*[a-z]\s*\)|\(\s*see notes?\s*\)|\(\s*notes?(\s+\d+)?\s*\)|\*+|\b\d\s*$)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\s*\(in (shares|dollars per share|usd per share|\$ per share|dollars per unit)\b[^)]*\)")]
    private static partial Regex UnitNote();

    [GeneratedRegex(@"\s*-\s*net\b")]
    private static partial Regex DashNet();
}
