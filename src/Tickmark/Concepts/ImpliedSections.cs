using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The headings a statement printed without any: a total names the group its parts sit under ("total interest
/// income" the rows of interest income above it, "net cash provided by operating activities" the operating lines),
/// as a heading would. Filers' data (the SEC's statement data sets) and many plain-text releases print the lines and
/// their totals but no heading rows; the rules read the same sections either way.
/// </summary>
public static partial class ImpliedSections
{
    /// <summary>
    /// Fills, in place, the sections of each run of rows that have none and end in a total (the total included): a run
    /// starts after the previous total or subtotal ("net income", "net interest income", "... before income taxes"; a
    /// "net increase in deposits" is a line, not a subtotal). Runs with any
    /// printed heading are left as they are.
    /// </summary>
    public static void Fill(IReadOnlyList<string> labels, string[] sections)
    {
        var start = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var section = Implied(labels[i]);
            if (section is null && !Subtotal().IsMatch(labels[i])) continue;
            if (section is not null)
            {
                var bare = true;
                for (var j = start; j <= i && bare; j++) bare = sections[j].Length == 0;
                if (bare)
                    for (var j = start; j <= i; j++) sections[j] = section;
            }
            start = i + 1;
        }
    }

    /// <summary>
    /// Per-share lines printed twice with no basic or diluted heading ("Income from continuing operations", "Discontinued
    /// operations", "Net income", then the same lines again): the first run is basic, the second diluted, as the
    /// statement's own order puts them. Only when the second run repeats the first label by label.
    /// </summary>
    public static void FillPerShare(IReadOnlyList<string> labels, IReadOnlyList<Unit> units, string[] sections)
    {
        var rows = Enumerable.Range(0, labels.Count)
            .Where(i => units[i] == Unit.UsdPerShare && !BasicOrDiluted().IsMatch(labels[i]) && !BasicOrDiluted().IsMatch(sections[i]))
            .ToList();
        if (rows.Count < 2) return;
        var half = rows.FindIndex(1, i => labels[i] == labels[rows[0]]);
        if (half < 0 || 2 * half > rows.Count) return;
        for (var k = 0; k < half; k++)
            if (labels[rows[k]] != labels[rows[half + k]]) return;
        for (var k = 0; k < half; k++)
        {
            sections[rows[k]] = Joined(sections[rows[k]], "basic");
            sections[rows[half + k]] = Joined(sections[rows[half + k]], "diluted");
        }
    }

    private static string Joined(string section, string heading) => section.Length == 0 ? heading : section + " > " + heading;

    [GeneratedRegex(@"\b(basic|diluted|dilution)\b")]
    private static partial Regex BasicOrDiluted();

    /// <summary>The heading a total implies: "total current assets" → "current assets", "net cash used in investing activities" → "cash flows from investing activities".</summary>
    public static string? Implied(string label)
    {
        if (CashTotal().Match(label) is { Success: true } c) return $"cash flows from {c.Groups[1].Value} activities";
        if (Total().Match(label) is { Success: true } t) return t.Groups[1].Value;
        return null;
    }

    [GeneratedRegex(@"^(total\b|subtotal\b|net (income|earnings|loss|interest|revenues?|sales)\b|gross (profit|margin)\b|operating (income|loss|profit)\b|income from operations\b)|before (provision for )?(income )?tax|after provision")]
    private static partial Regex Subtotal();

    [GeneratedRegex(@"^net cash\b.*\b(operating|investing|financing) activities\b")]
    private static partial Regex CashTotal();

    [GeneratedRegex(@"^total (?!.*\bliabilities\b.*\band\b)([a-z][a-z ,'-]*[a-z'])$")]
    private static partial Regex Total();
}
