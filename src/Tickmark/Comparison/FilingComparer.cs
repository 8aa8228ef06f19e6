using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Series;

namespace Tickmark.Comparison;

/// <summary>
/// Sets each GAAP table figure of a company's releases that carries an element against the filing fact
/// with the same element, unit, period and dimensions: equal, within the printed rounding (the same
/// rounding-range rule as the checks: both figures' half units), or beyond it. Where no filing fact has
/// the element, the filing facts of the same period and unit that show the figure's value (within
/// rounding, sign aside) name the element the filing uses: the figure's element is then missing from
/// the release; with none, and the period one the filing's statements report, the element is missing
/// from the filing. A period the filings do not report is not compared. Figures with no dimensions on both sides
/// identify values; zero identifies nothing.
/// </summary>
public static class FilingComparer
{
    private const int StartSlackDays = 10;
    private const int EndSlackDays = 3;
    // A period the filing's statements report has many elements; one only a note mentions (a quarter in a
    // 10-K's quarterly data) has a few, and a figure missing there is not missing from the filing's statements.
    private const int StatementElements = 15;

    public static FilingComparison Compare(IReadOnlyList<PlacedFact> releaseFacts, IReadOnlyList<PlacedFact> filingFacts)
    {
        var byElement = filingFacts.Where(f => f.Fact.Concept is not null && f.Fact.Period is not null)
            .GroupBy(f => f.Fact.Concept!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList());
        var plain = filingFacts.Where(f => f.Fact.Dimensions.Count == 0 && f.Fact.Period is not null).ToList();
        var reported = plain.GroupBy(f => f.Fact.Period!).Where(g => g.Select(f => f.Fact.Concept).Distinct().Count() >= StatementElements)
            .Select(g => g.Key).ToList();
        var compared = new List<ComparedFact>();
        int inFiling = 0, withElement = 0;
        foreach (var r in releaseFacts.Where(Comparable))
        {
            var f = r.Fact;
            var same = f.Concept is null ? null : byElement.GetValueOrDefault(f.Concept.ToLowerInvariant(), [])
                .Where(x => x.Fact.Unit == f.Unit && SamePeriod(f.Period!, x.Fact.Period!) && DimensionMatch.Same(f.Dimensions, x.Fact.Dimensions))
                .OrderBy(x => Math.Abs(x.Value - r.Value)).FirstOrDefault();
            var face = f.Dimensions.Count == 0 && f.Statement is StatementKind.IncomeStatement or StatementKind.BalanceSheet or StatementKind.CashFlow;
            var showing = f.Dimensions.Count == 0 && r.Value != 0
                ? plain.Where(x => x.Fact.Unit == f.Unit && SamePeriod(f.Period!, x.Fact.Period!) && SameMagnitude(r, x)).ToList()
                : [];
            // A value the filing carries only under the company's own elements has no standard element to find.
            if (face && (same is not null || showing.Any(x => IsStandard(x.Fact.Concept!))))
            {
                inFiling++;
                if (same is not null) withElement++;
            }
            if (same is not null)
            {
                var status = Derivation.Agreement(r.Value, Tolerance.HalfUnit(f.Decimals), same.Value, Tolerance.HalfUnit(same.Fact.Decimals));
                var outcome = status switch { CheckStatus.Pass => ComparisonOutcome.Agrees, CheckStatus.Rounding => ComparisonOutcome.Rounding, _ => ComparisonOutcome.Differs };
                compared.Add(new ComparedFact(outcome, r, same, []));
                continue;
            }
            var elements = showing.Select(x => x.Fact.Concept!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (elements.Count > 0 && (f.Concept is not null || face)) compared.Add(new ComparedFact(ComparisonOutcome.MissingInRelease, r, showing[0], elements));
            else if (f.Concept is not null && reported.Any(p => SamePeriod(f.Period!, p))) compared.Add(new ComparedFact(ComparisonOutcome.MissingInFiling, r, null, []));
        }
        return new FilingComparison(compared, inFiling, withElement);
    }

    /// <summary>GAAP table figures with a period; untagged ones too, so that a face-statement row the filing tags counts against coverage.</summary>
    private static bool Comparable(PlacedFact r) =>
        r.Fact.Origin == FactOrigin.Table && r.Fact.Basis == FactBasis.Gaap && r.Fact.Period is not null;

    private static bool IsStandard(string concept) =>
        concept.StartsWith("us-gaap:", StringComparison.Ordinal) || concept.StartsWith("ifrs-full:", StringComparison.Ordinal) || concept.StartsWith("srt:", StringComparison.Ordinal);

    public static bool SamePeriod(Period a, Period b) => (a, b) switch
    {
        (Instant x, Instant y) => Math.Abs(x.Date.DayNumber - y.Date.DayNumber) <= EndSlackDays,
        (Duration x, Duration y) => Math.Abs(x.End.DayNumber - y.End.DayNumber) <= EndSlackDays && Math.Abs(x.Start.DayNumber - y.Start.DayNumber) <= StartSlackDays,
        _ => false,
    };

    private static bool SameMagnitude(PlacedFact r, PlacedFact x) =>
        x.Value != 0 && Derivation.Agreement(Math.Abs(r.Value), Tolerance.HalfUnit(r.Fact.Decimals), Math.Abs(x.Value), Tolerance.HalfUnit(x.Fact.Decimals)) != CheckStatus.Fail;
}
