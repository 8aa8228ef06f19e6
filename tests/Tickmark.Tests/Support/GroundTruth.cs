using System.Text.Json;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Tests.Support;

/// <summary>A seed's hand-typed ground truth, read once: every table cell and every prose figure.</summary>
public sealed class GroundTruth
{
    public sealed record Cell(string Label, Period? Period, decimal Value, string Unit, string Section);

    public sealed record ProseFigure(string Text, SourceSpan Span, decimal Value, string Unit, Period? Period, string Measure);

    public required string Document { get; init; }
    public required IReadOnlyList<Cell> Cells { get; init; }
    public required IReadOnlyList<ProseFigure> Prose { get; init; }

    public static IEnumerable<string> Files() => Directory.GetFiles(Paths.GroundTruth, "*.json").Select(Path.GetFileName).Order()!;

    public static GroundTruth Load(string file)
    {
        var gt = Json.Load(Path.Combine(Paths.GroundTruth, file));
        var cells = new List<Cell>();
        foreach (var st in gt.GetProperty("statements").EnumerateArray())
        {
            var columns = st.GetProperty("columns").EnumerateArray().Select(Json.PeriodOf).ToList();
            var statementScale = st.TryGetProperty("scale", out var ss) ? ss.GetDecimal() : 1m;
            foreach (var row in st.GetProperty("rows").EnumerateArray())
            {
                var scale = row.TryGetProperty("scale", out var rs) ? rs.GetDecimal() : statementScale;
                var section = row.TryGetProperty("section", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
                var values = row.GetProperty("values").EnumerateArray().ToList();
                for (var c = 0; c < values.Count; c++)
                    if (values[c].ValueKind != JsonValueKind.Null)
                        cells.Add(new Cell(row.GetProperty("label").GetString()!, columns[c], values[c].GetDecimal() * scale,
                            row.GetProperty("unit").GetString()!, section));
            }
        }
        var prose = gt.GetProperty("narrative").EnumerateArray().Select(n => new ProseFigure(
            n.GetProperty("text").GetString()!,
            new SourceSpan(n.GetProperty("offset").GetInt32(), n.GetProperty("length").GetInt32()),
            n.GetProperty("value").GetDecimal(), n.GetProperty("unit").GetString()!,
            n.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.Object ? Json.PeriodOf(p) : null,
            n.GetProperty("measure").GetString()!)).ToList();
        return new GroundTruth { Document = gt.GetProperty("document").GetString()!, Cells = cells, Prose = prose };
    }

    /// <summary>
    /// The table fact that is each ground-truth cell (same period, value, unit, and the labelled words),
    /// each fact used once; -1 where none is.
    /// </summary>
    public IReadOnlyList<int> MatchCells(IReadOnlyList<Fact> facts)
    {
        var used = new HashSet<int>();
        var found = new List<int>();
        foreach (var cell in Cells)
        {
            var want = Tokens.Of(cell.Label);
            var index = -1;
            for (var i = 0; i < facts.Count && index < 0; i++)
            {
                var f = facts[i];
                if (f.Origin == FactOrigin.Table && !used.Contains(i) && Equals(f.Period, cell.Period) && f.Value == cell.Value
                    && f.Unit.ToJsonName() == cell.Unit && want.IsSubsetOf(Tokens.Of(f.Label).Union(Tokens.Of(f.Section))))
                    index = i;
            }
            if (index >= 0) used.Add(index);
            found.Add(index);
        }
        return found;
    }
}
