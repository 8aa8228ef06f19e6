using Tickmark.Facts;

namespace Tickmark.Checks;

/// <summary>
/// Parts against wholes in prose: sales in the United States and outside it add up to the figure
/// they divide; any other part (a region, a product line) never exceeds its whole.
/// </summary>
public static class PartsCheck
{
    private const string Geography = "geography";

    public static IEnumerable<CheckResult> Run(IReadOnlyList<Fact> facts)
    {
        // The prose's own figures: a release's regions add up to the total it prints beside them.
        FigureRange Range(int i) => FigureRange.Printed(facts[i]);
        foreach (var group in Enumerable.Range(0, facts.Count).Where(i => facts[i].PartOf is not null).GroupBy(i => facts[i].PartOf!.Value))
        {
            var whole = Range(group.Key);
            var us = group.Where(i => Region(facts[i]) == "United States").ToList();
            var outside = group.Where(i => Region(facts[i]) == "Outside United States").ToList();
            if (us.Count == 1 && outside.Count == 1)
            {
                var a = Range(us[0]);
                var b = Range(outside[0]);
                var sum = a.Value + b.Value;
                // Each side is printed to its own precision; they may differ by what the three roundings allow.
                var status = sum == whole.Value ? CheckStatus.Pass
                    : Math.Abs(sum - whole.Value) <= a.Slack + b.Slack + whole.Slack ? CheckStatus.Rounding : CheckStatus.Fail;
                yield return new CheckResult("parts", status,
                    $"{facts[us[0]].Measure} {a.Value:#,##0} + {facts[outside[0]].Measure} {b.Value:#,##0} = {sum:#,##0}; {facts[group.Key].Measure} {whole.Value:#,##0}",
                    [us[0], outside[0], group.Key]);
            }
            foreach (var i in group.Except(us.Count == 1 && outside.Count == 1 ? [us[0], outside[0]] : []))
            {
                var part = Range(i);
                var status = part.Low <= whole.High ? CheckStatus.Pass : CheckStatus.Fail;
                yield return new CheckResult("parts", status,
                    $"{facts[i].Measure} {part.Value:#,##0} is part of {facts[group.Key].Measure} {whole.Value:#,##0}", [i, group.Key]);
            }
        }
    }

    private static string? Region(Fact f) => f.Dimensions.TryGetValue(Geography, out var g) ? g : null;
}
