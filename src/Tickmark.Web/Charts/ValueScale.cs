namespace Tickmark.Web.Charts;

/// <summary>
/// The vertical scale of a chart: a range that holds every value (and zero, for bars) widened to
/// round tick steps of 1, 2, 2.5 or 5 times a power of ten. Drawing only: values themselves stay decimal.
/// </summary>
public sealed class ValueScale
{
    public ValueScale(IEnumerable<decimal> values, bool includeZero, double top, double bottom)
    {
        var list = values.Select(v => (double)v).ToList();
        var lo = list.Count == 0 ? 0 : list.Min();
        var hi = list.Count == 0 ? 1 : list.Max();
        if (includeZero) { lo = Math.Min(lo, 0); hi = Math.Max(hi, 0); }
        if (hi - lo < 1e-9) { var pad = Math.Abs(hi) > 0 ? Math.Abs(hi) * 0.1 : 1; lo -= pad; hi += pad; }
        Step = NiceStep((hi - lo) / 4);
        Min = Math.Floor(lo / Step) * Step;
        Max = Math.Ceiling(hi / Step) * Step;
        _top = top;
        _bottom = bottom;
    }

    private readonly double _top;
    private readonly double _bottom;

    public double Min { get; }
    public double Max { get; }
    public double Step { get; }

    /// <summary>The y coordinate of a value (SVG y grows downwards).</summary>
    public double Y(double value) => _bottom - (value - Min) / (Max - Min) * (_bottom - _top);

    public IEnumerable<double> Ticks()
    {
        for (var i = 0; Min + i * Step <= Max + Step / 1000; i++) yield return Min + i * Step;
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1, 2, 2.5, 5 })
            if (m * power >= rough) return m * power;
        return 10 * power;
    }
}
