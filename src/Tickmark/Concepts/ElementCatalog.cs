using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The US-GAAP elements Tickmark names, read from <c>elements.tsv</c> (name, item type, period type,
/// balance, taken from filings that use them; optionally <c>cash-flow-as-printed</c>): only these can be given to a fact.
/// </summary>
public sealed class ElementCatalog
{
    private readonly Dictionary<string, ElementInfo> _elements;

    private ElementCatalog(Dictionary<string, ElementInfo> elements) => _elements = elements;

    public static ElementCatalog Default { get; } = Parse(EmbeddedData.Read("elements.tsv"), "elements.tsv");

    public IReadOnlyCollection<ElementInfo> All => _elements.Values;

    /// <summary>The element by name, without prefix ("Revenues"); null when the catalog has none.</summary>
    public ElementInfo? Find(string name) => _elements.GetValueOrDefault(name);

    /// <summary>Whether a figure in <paramref name="unit"/> can be a fact of the element.</summary>
    public static bool Fits(ElementInfo element, Unit unit) => element.Type switch
    {
        ElementItemType.Monetary => unit == Unit.Usd,
        ElementItemType.PerShare => unit == Unit.UsdPerShare,
        ElementItemType.Shares => unit == Unit.Shares,
        _ => unit == Unit.Pure,
    };

    public static ElementCatalog Parse(string tsv, string file)
    {
        var elements = new Dictionary<string, ElementInfo>(StringComparer.Ordinal);
        foreach (var (f, lineNo) in Tsv.Lines(tsv))
        {
            if (f.Length < 4) throw new FormatException($"{file} line {lineNo}: expected name, type, period type, balance");
            var type = f[1] switch
            {
                "monetary" => ElementItemType.Monetary,
                "perShare" => ElementItemType.PerShare,
                "shares" => ElementItemType.Shares,
                "pure" => ElementItemType.Pure,
                _ => throw new FormatException($"{file} line {lineNo}: item type '{f[1]}' is not monetary, perShare, shares or pure"),
            };
            var period = f[2] switch
            {
                "instant" => ElementPeriodType.Instant,
                "duration" => ElementPeriodType.Duration,
                _ => throw new FormatException($"{file} line {lineNo}: period type '{f[2]}' is not instant or duration"),
            };
            var balance = f[3] switch
            {
                "debit" => ElementBalance.Debit,
                "credit" => ElementBalance.Credit,
                "" or "-" => ElementBalance.None,
                _ => throw new FormatException($"{file} line {lineNo}: balance '{f[3]}' is not debit, credit or -"),
            };
            var asPrinted = f.Length > 4 && f[4] == "cash-flow-as-printed";
            if (!elements.TryAdd(f[0], new ElementInfo(f[0], type, period, balance, asPrinted)))
                throw new FormatException($"{file} line {lineNo}: {f[0]} is listed twice");
        }
        return new ElementCatalog(elements);
    }
}
