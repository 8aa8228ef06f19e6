using System.Text.Json;
using Tickmark.Guidance;

namespace Tickmark.Store.Reading;

/// <summary>
/// A guidance figure as stored, with the release that gives it: the future period (fiscal year,
/// quarter 1-4 or 0 for the year, and its dates when the release placed them), a range or a point
/// with its tolerance (base units), unit, basis, what the release's words say it did
/// (<see cref="Change"/>: stated, raised, lowered, reaffirmed), and where it is printed.
/// </summary>
public sealed record StoredGuidance(
    ReleaseSummary Release, int Index, string Measure, int FiscalYear, int FiscalQuarter, DateOnly? Start, DateOnly? End,
    decimal? Low, decimal? High, decimal? Point, decimal? Tolerance, string Unit, string Basis, string Change, string Detail, int Line, int Column)
{
    /// <summary>The lowest value the outlook allows: the range's low end, or the point less the tolerance.</summary>
    public decimal? LowerBound => Low ?? (Point is { } p ? p - (Tolerance ?? 0) : null);

    /// <summary>The highest value the outlook allows.</summary>
    public decimal? UpperBound => High ?? (Point is { } p ? p + (Tolerance ?? 0) : null);

    /// <summary>"Q2 FY2023", "FY2007".</summary>
    public string PeriodLabel => new GuidancePeriod(FiscalYear, FiscalQuarter, Start, End).Label;

    /// <summary>Same future period, measure, basis and unit: the outlooks one can compare.</summary>
    public bool SameOutlookAs(StoredGuidance other) =>
        Measure == other.Measure && Basis == other.Basis && Unit == other.Unit && FiscalYear == other.FiscalYear && FiscalQuarter == other.FiscalQuarter;

    internal static (DateOnly? Start, DateOnly? End) PeriodOf(string detail)
    {
        using var doc = JsonDocument.Parse(detail);
        var p = doc.RootElement.GetProperty("period");
        return (Date(p, "start"), Date(p, "end"));
    }

    private static DateOnly? Date(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? DateOnly.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// A guidance figure against the company's earlier outlook for the same period, measure, basis and
/// unit (<see cref="Earlier"/>: the latest earlier release's; null when none is stored): raised,
/// lowered or kept by <see cref="Source"/> store; without an earlier one, what the release's words say
/// ("raises", "reaffirms"), or new.
/// </summary>
public sealed record GuidanceRevision(StoredGuidance Figure, StoredGuidance? Earlier, RevisionKind Kind, RevisionSource Source);

/// <summary>
/// A period of a series with the outlook given for it: the point reported later (null while nothing
/// is reported: the outlook is still ahead), every guidance figure of the series' measure, basis and
/// unit for that period in release order, and <see cref="Latest"/>, the one that stands (the latest
/// release's; of its figures, the widest, so "$11.00 billion, plus or minus 2%" over the headline's "$11.00 billion").
/// </summary>
public sealed record GuidedPeriod(string Label, DateOnly? Start, DateOnly? End, Series.SeriesPoint? Actual, IReadOnlyList<GuidanceRevision> Guidance)
{
    public StoredGuidance Latest => Guidance.Select(g => g.Figure).Where(g => g.Release.Id == Guidance[^1].Figure.Release.Id)
        .OrderByDescending(g => (g.UpperBound ?? 0) - (g.LowerBound ?? 0)).First();

    /// <summary>The actual against the standing outlook: "below", "within" or "above" its bounds; null with no actual.</summary>
    public string? Outcome => Actual is not { } a || Latest.LowerBound is not { } low || Latest.UpperBound is not { } high ? null
        : a.Value < low ? "below" : a.Value > high ? "above" : "within";
}
