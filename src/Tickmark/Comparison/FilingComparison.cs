namespace Tickmark.Comparison;

/// <summary>
/// A company's releases against its filings: every compared figure, and the two measures of the
/// comparison. <see cref="Agreement"/>: of the figures matched by element, period and dimensions,
/// the share that agree (exactly or within rounding). <see cref="Coverage"/>: of the face-statement
/// figures whose value the filing reports for the same period under a standard element (not only
/// the company's own extensions), the share the release gives the filing's element.
/// </summary>
public sealed record FilingComparison(IReadOnlyList<ComparedFact> Facts, int FaceFiguresInFiling, int FaceFiguresWithFilingElement)
{
    public int Count(ComparisonOutcome o) => Facts.Count(f => f.Outcome == o);

    public int Matched => Count(ComparisonOutcome.Agrees) + Count(ComparisonOutcome.Rounding) + Count(ComparisonOutcome.Differs);

    public double Agreement => Matched == 0 ? 1 : (Count(ComparisonOutcome.Agrees) + Count(ComparisonOutcome.Rounding)) / (double)Matched;

    public double Coverage => FaceFiguresInFiling == 0 ? 1 : FaceFiguresWithFilingElement / (double)FaceFiguresInFiling;
}
