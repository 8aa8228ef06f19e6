using System.Text.RegularExpressions;

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
