using System.Globalization;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Charts;

/// <summary>
/// Draws a quarterly chart as inline SVG: bars or a line over the quarters of the axis, printed
/// points filled and derived points hollow, a red ring where releases disagree beyond rounding.
/// Every point is a <c>g.pt</c> carrying <c>data-period</c>, <c>data-value</c> (base units),
/// <c>data-derived</c> and <c>data-conflict</c>, with a tooltip naming its source; the link function
/// gives each point a link (to the release, or to the table row in a report). Styled by classes (app.css).
/// </summary>
public static class SvgChart
{
    private const double Width = 520, Height = 210, Left = 62, Right = 10, Top = 12, Bottom = 40;

    public static Markup Render(ChartSeries series, QuarterAxis axis, Func<ChartPoint, string?> link)
    {
        var n = Math.Max(1, axis.Quarters.Count);
        var step = (Width - Left - Right) / n;
        // Bars and per-share figures stand on zero: a per-share axis cut above zero makes a cent look like a doubling.
        var scale = new ValueScale(series.Points.Select(p => p.Value), series.Kind == ChartKind.Bars || series.Unit == Units.Unit.UsdPerShare, Top, Height - Bottom);
        double X(ChartPoint p) => Left + step * (axis.IndexOf(p.Quarter) + 0.5);

        var svg = new HtmlBuilder();
        svg.Add($"<svg id=\"chart-{series.Id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{series.Title} by quarter\">");
        foreach (var tick in scale.Ticks())
        {
            var y = F(scale.Y(tick));
            svg.Add($"<line class=\"{(tick == 0 ? "zero" : "grid")}\" x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Add($"<text class=\"ylabel\" x=\"{F(Left - 6)}\" y=\"{y}\" dy=\"0.32em\">{Show.Compact((decimal)tick, series.Unit)}</text>");
        }
        for (var i = 0; i < axis.Quarters.Count; i++)
        {
            var (year, quarter) = axis.Quarters[i];
            var x = F(Left + step * (i + 0.5));
            if (axis.Yearly)
            {
                if (n <= 16 || i % ((n + 15) / 16) == 0) svg.Add($"<text class=\"xlabel year\" x=\"{x}\" y=\"{F(Height - Bottom + 14)}\">FY{year}</text>");
                continue;
            }
            if (n <= 16) svg.Add($"<text class=\"xlabel\" x=\"{x}\" y=\"{F(Height - Bottom + 14)}\">Q{quarter}</text>");
            // Fiscal years, every year while they fit, else every few.
            if ((quarter == 1 || i == 0) && (n <= 48 || year % ((n + 47) / 48) == 0))
                svg.Add($"<text class=\"xlabel year\" x=\"{x}\" y=\"{F(Height - Bottom + 28)}\">FY{year}</text>");
        }
        if (series.Kind == ChartKind.Line) svg.Add(LinePath(series, axis, X, scale));
        var zero = scale.Y(0);
        foreach (var p in series.Points.OrderBy(p => p.Quarter))
        {
            var href = link(p);
            var state = p.Derived ? "derived" : "reported";
            if (href is not null) svg.Add($"<a href=\"{href}\">");
            svg.Add($"<g class=\"pt {state}\" data-period=\"{p.Slot.Name}\" data-value=\"{p.Value}\" data-derived=\"{(p.Derived ? "true" : "false")}\" data-conflict=\"{Conflict(p.Conflict)}\">");
            svg.Add($"<title>{Tooltip(series, p)}</title>");
            var x = X(p);
            var y = scale.Y((double)p.Value);
            if (series.Kind == ChartKind.Bars)
            {
                var w = Math.Min(30, step * 0.62);
                svg.Add($"<rect class=\"bar {state}\" x=\"{F(x - w / 2)}\" y=\"{F(Math.Min(y, zero))}\" width=\"{F(w)}\" height=\"{F(Math.Max(1, Math.Abs(zero - y)))}\"/>");
                if (p.Conflict == ConflictLevel.Beyond) svg.Add($"<circle class=\"conflict\" cx=\"{F(x)}\" cy=\"{F(Math.Min(y, zero) - 8)}\" r=\"4\"/>");
            }
            else
            {
                svg.Add($"<circle class=\"dot {state}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"4\"/>");
                if (p.Conflict == ConflictLevel.Beyond) svg.Add($"<circle class=\"conflict ring\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"8\"/>");
            }
            svg.Add($"</g>");
            if (href is not null) svg.Add($"</a>");
        }
        svg.Add($"</svg>");
        return svg.ToMarkup();
    }

    /// <summary>"2006Q4 2006-10-01 to 2006-12-31: 6,342,000 USD, reported (000_dda0085de8f3cca4.txt 297:34)".</summary>
    public static string Tooltip(ChartSeries series, ChartPoint p)
    {
        var text = $"{series.Title} {Show.Fiscal(p.Slot)} ({Show.Period(p.Period)}): {Show.Value(p.Value)} {Show.Unit(series.Unit)}; {p.How}";
        if (!p.Derived && p.Sources.Count > 0) text += $" ({p.Sources[0].Where})";
        foreach (var c in p.Conflicts) text += "\n" + c.Text;
        return text;
    }

    public static string Conflict(ConflictLevel level) => level switch
    {
        ConflictLevel.Beyond => "beyond",
        ConflictLevel.Rounding => "rounding",
        _ => "none",
    };

    /// <summary>A line through the points, broken where a quarter has no point.</summary>
    private static Markup LinePath(ChartSeries series, QuarterAxis axis, Func<ChartPoint, double> x, ValueScale scale)
    {
        var d = new List<string>();
        var previous = -2;
        foreach (var p in series.Points.OrderBy(p => p.Quarter))
        {
            var i = axis.IndexOf(p.Quarter);
            d.Add($"{(i == previous + 1 ? "L" : "M")}{F(x(p))} {F(scale.Y((double)p.Value))}");
            previous = i;
        }
        return d.Count == 0 ? Markup.Empty : HtmlBuilder.Of($"<path class=\"line\" d=\"{string.Join(" ", d)}\"/>");
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
