using Tickmark.Facts;
using Tickmark.Units;

namespace Tickmark.Checks;

/// <summary>
/// Each prose figure agrees with the table figure for the same element and period, or with the
/// rows the release plainly means (gross margin = revenues - cost of revenues; selling, general and
/// administrative = sales + marketing + general and administrative), within the prose's precision.
/// </summary>
public static class ProseCheck
{
    private sealed record Derivation(string Concept, (string Concept, int Sign)[] Terms);

    private static readonly Derivation[] Derivations =
    [
        new("us-gaap:GrossProfit", [("us-gaap:Revenues", 1), ("us-gaap:CostOfRevenue", -1)]),
        new("us-gaap:SellingGeneralAndAdministrativeExpense", [("us-gaap:SellingExpense", 1), ("us-gaap:MarketingExpense", 1), ("us-gaap:GeneralAndAdministrativeExpense", 1)]),
    ];

    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts)
    {
        var table = Enumerable.Range(0, facts.Count).Where(i => facts[i].Origin == FactOrigin.Table && facts[i].Concept is not null && facts[i].Period is not null && facts[i].Dimensions.Count == 0).ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            var p = facts[i];
            if (p.Origin != FactOrigin.Narrative || p.Concept is null || p.Period is null || p.Dimensions.Count > 0) continue;
            // Releases say "net loss" for either line; the one that agrees is the one meant.
            var candidates = Alternatives(p.Concept).SelectMany(c => table.Where(t => facts[t].Concept == c && Equals(facts[t].Period, p.Period) && facts[t].Unit == p.Unit)).ToList();
            var match = candidates.OrderBy(t => Tolerance.Compare(Math.Abs(facts[t].Value), 0, Math.Abs(p.Value), p.Decimals)).FirstOrDefault(-1);
            if (match >= 0)
            {
                var status = Tolerance.Compare(Math.Abs(facts[match].Value), 0, Math.Abs(p.Value), p.Decimals);
                yield return new CheckResult("prose-table", status,
                    $"prose {p.Measure} {Show(p)} against the table's '{facts[match].Label}' {Show(facts[match])}", [i, match]);
                continue;
            }
            foreach (var d in Derivations.Where(d => d.Concept == p.Concept))
            {
                var terms = d.Terms.Select(term => (term.Sign, Index: table.FirstOrDefault(t => facts[t].Concept == term.Concept && Equals(facts[t].Period, p.Period), -1)))
                    .Where(x => x.Index >= 0).ToList();
                if (terms.Count < 2) continue;
                var value = terms.Sum(x => x.Sign * facts[x.Index].Value);
                var status = Tolerance.Compare(Math.Abs(value), Tolerance.Slack(terms.Select(x => facts[x.Index])), Math.Abs(p.Value), p.Decimals);
                yield return new CheckResult("prose-table", status,
                    $"prose {p.Measure} {Show(p)} against {string.Join(' ', terms.Select(x => $"{(x.Sign < 0 ? "-" : "+")} '{facts[x.Index].Label}'"))} = {value:#,##0}",
                    [i, .. terms.Select(x => x.Index)]);
                break;
            }
        }
    }

    private static IEnumerable<string> Alternatives(string concept)
    {
        yield return concept;
        if (concept == "us-gaap:NetIncomeLoss") yield return "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic";
        if (concept == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic") yield return "us-gaap:NetIncomeLoss";
    }

    private static string Show(Fact f) => f.Unit == Unit.UsdPerShare ? $"${f.Value}" : $"{f.Value:#,##0}";
}
