using System.Globalization;
using System.Text;
using Tickmark.Checks;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Store.Reading;
using Tickmark.Units;
using Tickmark.Text;

namespace Tickmark.Store.Output;

/// <summary>
/// A series as an aligned table: fiscal period, dates, value (base units), reported or derived, and
/// the source (release, line:column) or formula with its inputs; conflicts on indented lines below.
/// </summary>
public static class SeriesTextRenderer
{
    /// <summary>The table; with <paramref name="guided"/>, the outlook given for its periods below it (<see cref="GuidanceText.RenderGuided"/>).</summary>
    public static string Render(SeriesResult result, IReadOnlyList<GuidedPeriod>? guided = null)
    {
        var s = result.Series;
        var sb = new StringBuilder();
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(s.Calendar.YearEndMonth);
        sb.AppendLine($"{result.Company.Ticker ?? result.Company.Key}  {result.Company.DisplayName}");
        sb.AppendLine($"{result.LineItem}, {SeriesJsonWriter.KindName(s.Kind)}, {s.Unit.ToJsonName()}, {result.Basis.ToJsonName()}; fiscal year ends in {month}");
        foreach (var e in s.Splits.Where(_ => s.Unit is Unit.Shares or Unit.UsdPerShare))
            sb.AppendLine($"{e.Ratio} stock split ({e.EvidenceName}) before {e.FirstAfter}: {e.Source}; earlier figures adjusted");
        if (s.Points.Count == 0) return sb.AppendLine("no points").ToString();

        var rows = s.Points.Select(p => (Point: p, Value: Show(p.Value))).ToList();
        var width = Math.Max(5, rows.Max(r => r.Value.Length));
        var slotWidth = Math.Max(6, rows.Max(r => r.Point.Slot.Name.Length));
        sb.AppendLine($"{"period".PadRight(slotWidth)}  {"start",-10}  {"end",-10}  {"value".PadLeft(width)}  {"how",-8}  source");
        foreach (var (p, value) in rows)
        {
            var (start, end) = p.Period is Duration d ? (Date(d.Start), Date(d.End)) : ("", Date(p.Period.End));
            var source = p.Derivation is { } der ? Formula(der) : p.Sources[0].Where;
            if (!p.Derived && p.Sources[0].AsReported is { } reported)
                source += $" (as reported {Show(reported)}, split-adjusted x{(p.Value / reported).ToString("0.####", CultureInfo.InvariantCulture)})";
            sb.AppendLine($"{p.Slot.Name.PadRight(slotWidth)}  {start,-10}  {end,-10}  {value.PadLeft(width)}  {(p.Derived ? "derived" : "reported"),-8}  {source}");
            var indent = new string(' ', slotWidth + 2 + 10 + 2 + 10 + 2 + width + 2 + 8 + 2);
            if (!p.Derived && p.Sources.Count > 1) sb.AppendLine($"{indent}also in {string.Join(", ", p.Sources.Skip(1).Select(o => o.Where))}");
            foreach (var c in p.Conflicts) sb.AppendLine($"{indent}{Describe(c)}");
        }
        var derived = s.Points.Count(p => p.Derived);
        var conflicts = s.Points.Sum(p => p.Conflicts.Count(c => c.Status == CheckStatus.Fail));
        sb.AppendLine($"{Counted.Of(s.Points.Count, "point")}, {derived} derived, {Counted.Of(conflicts, "conflict")} beyond rounding");
        if (guided is { Count: > 0 }) sb.Append(GuidanceText.RenderGuided(guided));
        return sb.ToString();
    }

    /// <summary>"restated: 14,729,000 in #2 a.txt 190:56 (earlier); this value stands", "derived 6,341,000 = ... agrees within rounding".</summary>
    public static string Describe(Conflict c)
    {
        var agreement = c.Status == CheckStatus.Rounding ? "agrees within rounding" : "differs beyond rounding";
        return c.Kind == ConflictKind.Restated
            ? $"restated: earlier {Show(c.Value)} in {string.Join(", ", c.Sources.Select(o => o.Where))} ({agreement})"
            : $"derived {Show(c.Value)} = {Formula(c.Derivation!)} ({agreement})";
    }

    /// <summary>"2006Q1-Q2 - 2006Q2 = 10,906,000 (#3 a.txt 296:65) - 5,637,000 (#3 a.txt 296:48)"</summary>
    public static string Formula(Derivation d)
    {
        var terms = string.Concat(d.Terms.Select((t, i) =>
            (i == 0 ? (t.Sign < 0 ? "-" : "") : t.Sign < 0 ? " - " : " + ") + $"{Show(t.Source.Value)} ({t.Source.Where})"));
        return $"{d.Formula} = {terms}";
    }

    public static string Show(decimal v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
