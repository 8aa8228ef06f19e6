using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Checks;

/// <summary>
/// The accounting identities a release must keep, found by element: total assets = total
/// liabilities and equity; net result - preferred dividends = result to common; per share =
/// result to common / weighted shares, to the printed precision.
/// </summary>
public static class IdentityChecks
{
    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts)
    {
        // A change column's figures are differences: no identity holds for them.
        var table = Enumerable.Range(0, facts.Count).Where(i => facts[i].Origin == FactOrigin.Table && facts[i].Period is not null && !facts[i].Dimensions.ContainsKey("change")).ToList();
        // The figures of one identity sit in one column of one statement (a restated column may share its period with another).
        ILookup<(int?, int?), int> ByConcept(string concept) =>
            table.Where(i => facts[i].Concept == concept).ToLookup(i => (facts[i].StatementIndex, facts[i].Column));

        var assets = ByConcept("us-gaap:Assets");
        foreach (var le in table.Where(i => facts[i].Concept == "us-gaap:LiabilitiesAndStockholdersEquity"))
            foreach (var a in assets[(facts[le].StatementIndex, facts[le].Column)].Take(1))
                yield return new CheckResult("balance", facts[a].Value == facts[le].Value ? CheckStatus.Pass : CheckStatus.Fail,
                    $"total assets {facts[a].Value:#,##0} and total liabilities and equity {facts[le].Value:#,##0} {facts[a].Period}", [a, le]);

        var net = ByConcept("us-gaap:NetIncomeLoss");
        var preferred = ByConcept("us-gaap:PreferredStockDividendsIncomeStatementImpact");
        foreach (var c in table.Where(i => facts[i].Concept == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"))
        {
            var key = (facts[c].StatementIndex, facts[c].Column);
            foreach (var n in net[key].Take(1))
                foreach (var p in preferred[key].Take(1))
                {
                    // Dividends are printed either as a deduction "(134)" or as a positive amount to subtract.
                    var d = facts[p].Value;
                    var expected = d < 0 ? facts[n].Value + d : facts[n].Value - d;
                    var status = Tolerance.Compare(expected, Tolerance.Slack([facts[n], facts[p]]), facts[c].Value, facts[c].Decimals);
                    yield return new CheckResult("result-to-common", status,
                        $"net result {facts[n].Value:#,##0} less preferred dividends {Math.Abs(d):#,##0} is {expected:#,##0}; printed {facts[c].Value:#,##0}", [n, p, c]);
                }
        }

        var toCommon = ByConcept("us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic");
        foreach (var e in table.Where(i => facts[i].Unit == Unit.UsdPerShare && facts[i].Concept is "us-gaap:EarningsPerShareBasicAndDiluted" or "us-gaap:EarningsPerShareBasic"))
        {
            var key = (facts[e].StatementIndex, facts[e].Column);
            var result = toCommon[key].Concat(net[key]).FirstOrDefault(-1);
            var shares = table.FirstOrDefault(i => facts[i].Unit == Unit.Shares && facts[i].StatementIndex == facts[e].StatementIndex
                && facts[i].Column == facts[e].Column && facts[i].Concept is "us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted" or "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", -1);
            if (result < 0 || shares < 0 || facts[shares].Value == 0) continue;
            var computed = facts[result].Value / facts[shares].Value;
            // The quotient of two rounded figures may come out anywhere in the range their roundings allow.
            var r = Math.Abs(facts[result].Value);
            var hr = Tolerance.HalfUnit(facts[result].Decimals);
            var s = facts[shares].Value;
            var hs = Tolerance.HalfUnit(facts[shares].Decimals);
            var status = s - hs <= 0 ? CheckStatus.Fail
                : Math.Sign(computed) != Math.Sign(facts[e].Value) && computed != 0 && facts[e].Value != 0 ? CheckStatus.Fail
                : Tolerance.CompareComputed(Math.Abs(computed), (r - hr) / (s + hs), (r + hr) / (s - hs), Math.Abs(facts[e].Value), facts[e].Decimals);
            yield return new CheckResult("per-share", status,
                $"{facts[result].Value:#,##0} / {facts[shares].Value:#,##0} shares = {computed:0.0000} per share; printed {facts[e].Value}", [result, shares, e]);
        }
    }
}
