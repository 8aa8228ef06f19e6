using System.Globalization;
using System.Text;
using Tickmark.Guidance;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Output;

/// <summary>
/// Guidance as text: an outlook's bounds as printed ("26,000,000 to 28,000,000", "24,000,000,000 ± 480,000,000"),
/// a revision in words ("raised from 26,000,000 to 28,000,000 (#1 2007-04-26)"), and a company's
/// guidance history as an aligned table.
/// </summary>
public static class GuidanceText
{
    /// <summary>The outlook in base units: a range, a point with its tolerance, or a point.</summary>
    public static string Guided(StoredGuidance g) =>
        g.Low is { } low && g.High is { } high ? $"{Show(low)} to {Show(high)}"
        : g.Point is { } p ? (g.Tolerance is { } t && t != 0 ? $"{Show(p)} ± {Show(t)}" : Show(p))
        : Show(g.Low ?? g.High ?? 0);

    /// <summary>"new", "raised from 26,000,000 to 28,000,000 (#1 2007-04-26)", "kept (the release says reaffirmed)".</summary>
    public static string Revision(GuidanceRevision r)
    {
        var kind = r.Kind.Name();
        if (r.Earlier is { } e)
            return $"{kind} {(r.Kind == RevisionKind.Kept ? "at" : "from")} {Guided(e)} (#{e.Release.Id} {Date(e.Release.Date)})".TrimEnd();
        return r.Kind == RevisionKind.New ? kind : $"{kind} (the release says {r.Figure.Change})";
    }

    /// <summary>The company's guidance, one figure a line in release order.</summary>
    public static string Render(CompanySummary company, IReadOnlyList<GuidanceRevision> guidance)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{company.Ticker ?? company.Key}  {company.DisplayName}");
        if (guidance.Count == 0) return sb.AppendLine("no guidance in the stored releases").ToString();
        string[] headings = ["release", "date", "period", "measure", "basis", "guided", "unit", "words", "against earlier outlook", "at"];
        var rows = guidance.Select(r => new[]
        {
            "#" + r.Figure.Release.Id.ToString(CultureInfo.InvariantCulture), Date(r.Figure.Release.Date), r.Figure.PeriodLabel, r.Figure.Measure,
            r.Figure.Basis, Guided(r.Figure), r.Figure.Unit, r.Figure.Change, Revision(r), $"{r.Figure.Line}:{r.Figure.Column}",
        }).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Max(x => x[i].Length))).ToArray();
        void Line(IReadOnlyList<string> cells) => sb.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(headings);
        foreach (var r in rows) Line(r);
        var counts = Enum.GetValues<RevisionKind>().Select(k => (Kind: k, N: guidance.Count(g => g.Kind == k))).Where(x => x.N > 0);
        sb.AppendLine($"{guidance.Count} guidance figures: {string.Join(", ", counts.Select(x => $"{x.N} {x.Kind.Name()}"))}");
        return sb.ToString();
    }

    /// <summary>A series' guided periods under its points: the outlook that stands beside the actual.</summary>
    public static string RenderGuided(IReadOnlyList<GuidedPeriod> periods)
    {
        if (periods.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine("guidance (the outlook that stands for the period: the latest release's)");
        string[] headings = ["period", "guided", "actual", "outcome", "given in", "revision"];
        var rows = periods.Select(p => new[]
        {
            p.Label, Guided(p.Latest), p.Actual is { } a ? Show(a.Value) : "not yet reported", p.Outcome ?? "",
            $"#{p.Latest.Release.Id} {p.Latest.Release.Name} {p.Latest.Line}:{p.Latest.Column}",
            Revision(p.Guidance.Last(g => g.Figure == p.Latest)),
        }).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Max(x => x[i].Length))).ToArray();
        void Line(IReadOnlyList<string> cells) => sb.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(headings);
        foreach (var r in rows) Line(r);
        return sb.ToString();
    }

    public static string Show(decimal v) => SeriesTextRenderer.Show(v);

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
