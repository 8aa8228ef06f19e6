using System.Text.RegularExpressions;
using Tickmark.Checks;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Store.Reading;
using Tickmark.Text;
using Tickmark.Units;
using Tickmark.Web.Api;
using Tickmark.Web.Charts;
using Tickmark.Web.Model;
using Tickmark.Web.Pages;

namespace Tickmark.Tests.Web;

/// <summary>The small pieces the pages are made of, on hand-made inputs: the source view, the SVG chart, its scale, computed series, request values.</summary>
public sealed partial class ViewTests
{
    private static StoredFact Fact(int index, int start, int length, int line = 1) => new(index, new Fact
    {
        Origin = FactOrigin.Narrative, Label = "figure", Value = 1, Unit = Unit.Usd, Decimals = 0, Span = new SourceSpan(start, length),
    }, line, start + 1);

    private static ReleaseView Release(IReadOnlyList<StoredFact> facts, IReadOnlyList<CheckResult> checks)
    {
        var summary = new ReleaseSummary(1, null, "/x/a.txt", "abc", "text", "ok", null, "1", "2024-01-01", null, null, null, null, null, null, null, null,
            null, null, null, null, facts.Count, 0, 0, 0, 0);
        return new ReleaseView(new ReleaseDetail(summary, [], facts, checks, []));
    }

    [Fact]
    public void TheSourceViewEncodesTheTextAndWrapsEachFactWhereItIsPrinted()
    {
        const string text = "Revenue <b>1,234</b> & 5%\nnext 7";
        var view = Release(
            [Fact(0, 11, 5), Fact(1, 13, 6), Fact(2, 23, 2), Fact(3, 31, 1, line: 2), Fact(4, 30, 9)],
            [new CheckResult("r", CheckStatus.Pass, "m", [0, 2]), new CheckResult("r", CheckStatus.Fail, "m", [2])]);
        var source = SourceView.Render(text, view);
        var html = source.Html.Value;

        Assert.Contains("Revenue &lt;b&gt;<span class=\"f prose s-pass\" id=\"f0\" data-fact=\"0\" data-line=\"1\" data-col=\"12\" tabindex=\"0\">1,234</span>&lt;/b&gt; &amp; ", html);
        Assert.Contains("<span class=\"f prose s-fail\" id=\"f2\"", html);            // the worst of its checks
        Assert.Contains("\n<span class=\"ln\" data-n=\"2\"></span>next <span class=\"f prose s-unchecked\" id=\"f3\"", html);
        Assert.Equal([0, 2, 3], source.Wrapped.Order());                                // 1 overlaps 0; 4 runs past the end
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", "")));
    }

    private static ChartPoint Point(int year, int quarter, decimal value, bool derived = false, ConflictLevel conflict = ConflictLevel.None) =>
        new(FiscalSlot.Quarter(year, quarter), new Duration(new DateOnly(year, quarter * 3 - 2, 1), new DateOnly(year, quarter * 3, quarter is 1 or 4 ? 31 : 30)),
            value, derived, derived ? "derived: x" : "reported", [new FigureSource(7, "a.txt", 3, 10, 5, value)], conflict,
            conflict == ConflictLevel.None ? [] : [new ConflictNote(conflict, "another value")]);

    [Fact]
    public void ALineChartDrawsEachPointWithItsDataAndBreaksWhereAQuarterIsMissing()
    {
        var series = new ChartSeries("eps", "Per share", "us-gaap:EarningsPerShareBasicAndDiluted", ChartKind.Line, Unit.UsdPerShare,
            [Point(2006, 1, -0.03m), Point(2006, 3, 0.02m, derived: true, ConflictLevel.Beyond), Point(2006, 4, 0.05m)]);
        var svg = SvgChart.Render(series, new QuarterAxis([series]), p => $"#p{p.Slot.Name}").Value;

        Assert.Equal(["2006Q1|-0.03|false|none", "2006Q3|0.02|true|beyond", "2006Q4|0.05|false|none"],
            Regex.Matches(svg, @"data-period=""([^""]+)"" data-value=""([^""]+)"" data-derived=""([^""]+)"" data-conflict=""([^""]+)""")
                .Select(m => string.Join('|', m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value)));
        Assert.Contains("<a href=\"#p2006Q3\"><g class=\"pt derived\"", svg);
        Assert.Single(Regex.Matches(svg, "class=\"conflict ring\""));
        // Four quarters on the axis; the line jumps over the missing second quarter.
        Assert.Matches(@"<path class=""line"" d=""M[\d.]+ [\d.]+ M[\d.]+ [\d.]+ L[\d.]+ [\d.]+""/>", svg);
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], Regex.Matches(svg, @"<text class=""xlabel"" [^>]*>(Q\d)</text>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void ABarHangsFromZeroAndANegativeOneGoesDown()
    {
        var series = new ChartSeries("net", "Net result", "us-gaap:NetIncomeLoss", ChartKind.Bars, Unit.Usd, [Point(2006, 1, 300m), Point(2006, 2, -100m)]);
        var svg = SvgChart.Render(series, new QuarterAxis([series]), _ => null).Value;
        var zero = double.Parse(Regex.Match(svg, @"<line class=""zero"" [^>]*y1=""([\d.]+)""").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var bars = Regex.Matches(svg, @"<rect class=""bar reported"" x=""[\d.]+"" y=""([\d.]+)"" width=""[\d.]+"" height=""([\d.]+)""/>")
            .Select(m => (Y: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(zero, bars[0].Y + bars[0].H, 1);   // positive: ends on the zero line
        Assert.Equal(zero, bars[1].Y, 1);               // negative: starts on it
        Assert.Equal(3.0, bars[0].H / bars[1].H, 1);
        Assert.DoesNotContain("<a ", svg);
    }

    [Theory]
    [InlineData(new[] { 4_412_000.0, 6_974_000.0 }, true, 0.0, 8_000_000.0, 2_000_000.0)]
    [InlineData(new[] { 65.0, 72.4 }, false, 64.0, 74.0, 2.0)]
    [InlineData(new[] { -0.06, -0.02 }, false, -0.06, -0.02, 0.01)]
    [InlineData(new[] { 5.0 }, false, 4.5, 5.5, 0.25)]
    public void TheScaleTakesRoundStepsThatHoldEveryValue(double[] values, bool bars, double min, double max, double step)
    {
        var scale = new ValueScale(values.Select(v => (decimal)v), bars, 0, 100);
        Assert.Equal((min, max, step), (Math.Round(scale.Min, 6), Math.Round(scale.Max, 6), Math.Round(scale.Step, 6)));
        Assert.Equal(100, scale.Y(scale.Min), 6);
        Assert.Equal(0, scale.Y(scale.Max), 6);
    }

    [Fact]
    public void ComputedSeriesExistOnlyWhereBothInputsDoAndAreDerived()
    {
        var revenues = new ChartSeries("r", "Revenues", "r", ChartKind.Bars, Unit.Usd, [Point(2006, 1, 1000m), Point(2006, 2, 0m), Point(2006, 3, 800m)]);
        var cost = new ChartSeries("c", "Cost", "c", ChartKind.Bars, Unit.Usd, [Point(2006, 1, 300m), Point(2006, 2, 0m), Point(2006, 4, 1m, conflict: ConflictLevel.Beyond)]);
        var gross = ComputedSeries.Difference(revenues, cost);
        Assert.Equal([("2006Q1", 700m, true), ("2006Q2", 0m, true)], gross.Select(p => (p.Slot.Name, p.Value, p.Derived)));
        Assert.Equal("computed: Revenues 1,000 - Cost 300", gross[0].How);
        Assert.Equal(2, gross[0].Sources.Count);
        var margin = ComputedSeries.Percentage(new ChartSeries("g", "Gross", "g", ChartKind.Bars, Unit.Usd, gross), revenues);
        Assert.Equal([("2006Q1", 70.0m)], margin.Select(p => (p.Slot.Name, p.Value)));   // Q2's revenues are zero: no percentage
    }

    [Theory]
    [InlineData("12", true, 12L, "")]
    [InlineData("0", true, 0L, "")]
    [InlineData("x", false, 0L, "a release id is a whole number, as /api/companies/{key}/releases lists them; 'x' is not")]
    [InlineData("-3", false, 0L, "a release id is a whole number, as /api/companies/{key}/releases lists them; '-3' is not")]
    [InlineData(" 3", false, 0L, "a release id is a whole number, as /api/companies/{key}/releases lists them; ' 3' is not")]
    [InlineData("99999999999999999999", false, 0L, "a release id is a whole number, as /api/companies/{key}/releases lists them; '99999999999999999999' is not")]
    public void ReleaseIdsAreWholeNumbers(string text, bool ok, long id, string message)
    {
        Assert.Equal(ok, RequestValues.TryId(text, out var read, out var error));
        Assert.Equal((ok ? id : 0, message), (read, error));
    }

    [Theory]
    [InlineData(null, SeriesKind.Quarterly, "")]
    [InlineData("", SeriesKind.Quarterly, "")]
    [InlineData("Quarterly", SeriesKind.Quarterly, "")]
    [InlineData("annual", SeriesKind.Annual, "")]
    [InlineData("ytd", SeriesKind.YearToDate, "")]
    [InlineData("monthly", SeriesKind.Quarterly, "kind is quarterly, annual or ytd; 'monthly' is not")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", SeriesKind.Quarterly, "kind is quarterly, annual or ytd; 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' is not")]
    public void SeriesKindsAreThreeWords(string? text, SeriesKind kind, string message)
    {
        Assert.Equal(message == "", RequestValues.TryKind(text, out var read, out var error));
        Assert.Equal((kind, message), (read, error));
    }
}
