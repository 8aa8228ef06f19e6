using Tickmark.Checks;
using Tickmark.Series;
using Tickmark.Store.Output;
using Tickmark.Web.Model;

namespace Tickmark.Web.Charts;

/// <summary>A series point from the store as a chart point: printed or derived, its sources, its conflicts in words.</summary>
public static class PointConversion
{
    public static ChartPoint FromSeries(SeriesPoint p)
    {
        var how = p.Derivation is { } d ? $"derived: {d.Formula} = {d.FormulaWithValues}" : "reported";
        var level = p.Conflicts.Any(c => c.Status == CheckStatus.Fail) ? ConflictLevel.Beyond
            : p.Conflicts.Count > 0 ? ConflictLevel.Rounding : ConflictLevel.None;
        return new ChartPoint(p.Slot, p.Period, p.Value, p.Derived, how, p.Sources.Select(Source).ToList(), level,
            p.Conflicts.Select(Note).ToList());
    }

    public static ConflictNote Note(Conflict c)
    {
        var where = string.Join("; ", c.Sources.Select(o => o.Where));
        if (c.Derivation is { } d) where = $"{d.Formula}: {where}";
        return new ConflictNote(c.Status == CheckStatus.Fail ? ConflictLevel.Beyond : ConflictLevel.Rounding, SeriesTextRenderer.Describe(c), c.KindName, c.Value, where);
    }

    public static FigureSource Source(Observation o) => new(o.Release.Id, o.Release.Name, o.FactIndex, o.Line, o.Column, o.Value);

    /// <summary>"6,342,000 (000_dda0085de8f3cca4.txt 297:34)"</summary>
    public static string Cite(ChartPoint p) => $"{Show.Value(p.Value)} ({(p.Sources.Count > 0 ? p.Sources[0].Where : "no source")})";
}
