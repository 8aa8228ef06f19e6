using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>
/// What a prose figure stands for in the tables: the table fact for the same element and period, or
/// the rows the release plainly means (gross margin = revenues - cost of revenues; selling, general
/// and administrative = sales + marketing + general and administrative; operating expenses = costs
/// and expenses - cost of revenues). <see cref="Value"/> is a magnitude, or the element's signed XBRL
/// value when <see cref="Signed"/> (the prose says loss under a signed element: "a net loss of $4.6 million"
/// is -4,600,000 and agrees with a table's (4,605) only with that sign); <see cref="Slack"/> the rounding
/// its printed figures allow.
/// </summary>
public sealed record TableCounterpart(decimal Value, decimal Slack, IReadOnlyList<int> Facts, string Description, bool Signed = false)
{
    private sealed record Derivation(string Concept, (string Concept, int Sign)[] Terms);

    private static readonly Derivation[] Derivations =
    [
        new("us-gaap:GrossProfit", [("us-gaap:Revenues", 1), ("us-gaap:CostOfRevenue", -1)]),
        new("us-gaap:SellingGeneralAndAdministrativeExpense", [("us-gaap:SellingExpense", 1), ("us-gaap:MarketingExpense", 1), ("us-gaap:GeneralAndAdministrativeExpense", 1)]),
        new("us-gaap:OperatingExpenses", [("us-gaap:CostsAndExpenses", 1), ("us-gaap:CostOfRevenue", -1)]),
    ];

    /// <summary>The counterpart of every prose figure (null for table facts and figures without one), found once for all checks.</summary>
    public static IReadOnlyList<TableCounterpart?> FindAll(IReadOnlyList<Fact> facts)
    {
        // Table facts with an element and a period and no qualifiers, by element: the ones prose figures can stand for.
        var table = Enumerable.Range(0, facts.Count)
            .Where(i => facts[i].Origin == FactOrigin.Table && facts[i].Concept is not null && facts[i].Period is not null && facts[i].Dimensions.Count == 0)
            .ToLookup(i => facts[i].Concept!);
        return facts.Select((f, i) => f.Origin == FactOrigin.Narrative ? Find(facts, table, i) : null).ToList();
    }

    private static TableCounterpart? Find(IReadOnlyList<Fact> facts, ILookup<string, int> table, int prose)
    {
        var p = facts[prose];
        if (p.Concept is null || p.Period is null || p.Dimensions.Count > 0) return null;
        // Releases say "net loss" for either line; the one that agrees is the one meant.
        var candidates = Alternatives(p.Concept).SelectMany(c => table[c].Where(t => Equals(facts[t].Period, p.Period) && facts[t].Unit == p.Unit)).ToList();
        // Prose on a 52/53-week calendar names quarters, not their exact days.
        if (candidates.Count == 0)
            candidates = Alternatives(p.Concept).SelectMany(c => table[c].Where(t => p.Period.IsNear(facts[t].Period) && facts[t].Unit == p.Unit)).ToList();
        if (candidates.Count > 0)
        {
            var signed = p.XbrlValue is not null;
            decimal Of(Fact f) => signed ? f.XbrlValue ?? f.Value : Math.Abs(f.Value);
            var printed = signed ? p.XbrlValue!.Value : Math.Abs(p.Value);
            var match = candidates.OrderBy(t => Tolerance.Compare(Of(facts[t]), 0, printed, p.Decimals)).First();
            return new TableCounterpart(Of(facts[match]), Tolerance.HalfUnit(facts[match].Decimals), [match], $"the table's '{facts[match].Label}'", signed);
        }
        foreach (var d in Derivations.Where(d => d.Concept == p.Concept))
        {
            var terms = d.Terms.Select(term => (term.Sign, Index: table[term.Concept].FirstOrDefault(t => p.Period.IsNear(facts[t].Period), -1)))
                .Where(x => x.Index >= 0).ToList();
            if (terms.Count < 2) continue;
            var value = terms.Sum(x => x.Sign * facts[x.Index].Value);
            return new TableCounterpart(Math.Abs(value), Tolerance.Slack(terms.Select(x => facts[x.Index])), [.. terms.Select(x => x.Index)],
                $"{string.Join(' ', terms.Select(x => $"{(x.Sign < 0 ? "-" : "+")} '{facts[x.Index].Label}'"))} = {value:#,##0}");
        }
        return null;
    }

    private static IEnumerable<string> Alternatives(string concept)
    {
        yield return concept;
        if (concept == "us-gaap:NetIncomeLoss") yield return "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic";
        if (concept == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic") yield return "us-gaap:NetIncomeLoss";
    }
}
