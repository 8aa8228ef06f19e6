using System.Globalization;
using System.Text;
using Tickmark.Comparison;
using Tickmark.Periods;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Output;

/// <summary>
/// Releases against filings as text: the summary counts and the two measures, then every figure that
/// differs (both values, both sources) and every element missing on either side; agreeing figures are counted, not listed.
/// </summary>
public static class ComparisonTextRenderer
{
    public static string Render(CompanySummary company, FilingComparison c, int releases, int filings)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{company.Ticker ?? company.Key}  {company.DisplayName}: {releases} releases against {filings} filings");
        sb.AppendLine(Summary(c));
        foreach (var f in c.Facts.Where(f => f.Outcome is not (ComparisonOutcome.Agrees or ComparisonOutcome.Rounding)))
            sb.AppendLine(Line(f));
        return sb.ToString();
    }

    /// <summary>"412 compared: 400 agree, 9 within rounding, 3 differ; 5 missing in filing, 7 missing in release; agreement 99.3%, coverage 95.1% (..)"</summary>
    public static string Summary(FilingComparison c) =>
        $"{c.Matched} compared: {c.Count(ComparisonOutcome.Agrees)} agree, {c.Count(ComparisonOutcome.Rounding)} within rounding, {c.Count(ComparisonOutcome.Differs)} differ; "
        + $"{c.Count(ComparisonOutcome.MissingInFiling)} missing in filing, {c.Count(ComparisonOutcome.MissingInRelease)} missing in release; "
        + $"agreement {Percent(c.Agreement)}, coverage {Percent(c.Coverage)} ({c.FaceFiguresWithFilingElement} of {c.FaceFiguresInFiling} face-statement figures the filing reports carry its element)";

    public static string Line(ComparedFact f)
    {
        var r = f.Release;
        var what = $"{r.Fact.Concept ?? "(no element)"} {Show(r.Fact.Period)} \"{r.Fact.Label}\"";
        return f.Outcome switch
        {
            ComparisonOutcome.Differs => $"differs   {what}: release {Number(r.Value)} ({r.Where}), filing {Number(f.Filing!.Value)} ({f.Filing.Where}), revised by {Number(f.Difference!.Value)}",
            ComparisonOutcome.MissingInFiling => $"missing   {what} {Number(r.Value)} ({r.Where}): the filing reports the period but not the element",
            ComparisonOutcome.MissingInRelease => $"missing   {string.Join(", ", f.FilingElements)} {Show(r.Fact.Period)} {Number(f.Filing!.Value)} ({f.Filing.Where}): the release prints the value as {what} ({r.Where})",
            _ => $"{f.Outcome.ToJsonName(),-9} {what}: {Number(r.Value)} ({r.Where}), filing {Number(f.Filing!.Value)} ({f.Filing.Where})",
        };
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Number(decimal v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Show(Period? p) => p switch
    {
        Instant i => $"at {i.Date:yyyy-MM-dd}",
        Duration d => $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}",
        _ => "",
    };
}
