using System.Globalization;
using System.Text.RegularExpressions;

namespace Tickmark.Fetch.Listing;

/// <summary>A quarter of EDGAR's full index (<c>full-index/2004/QTR3</c>): filings received from its first day to its last, both included.</summary>
public sealed partial record IndexQuarter(int Year, int Quarter)
{
    public DateOnly First => new(Year, 3 * Quarter - 2, 1);
    public DateOnly Last => First.AddMonths(3).AddDays(-1);

    /// <summary>"2004Q3" is that quarter; "2004" is its four quarters. Null when the text is neither (EDGAR's index starts in 1993).</summary>
    public static IReadOnlyList<IndexQuarter>? Parse(string text)
    {
        var m = Shape().Match(text.Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1993 || year > DateTime.UtcNow.Year) return null;
        if (m.Groups[2].Success) return [new IndexQuarter(year, m.Groups[2].Value[0] - '0')];
        return [.. Enumerable.Range(1, 4).Select(q => new IndexQuarter(year, q))];
    }

    public override string ToString() => $"{Year}Q{Quarter}";

    [GeneratedRegex(@"^(\d{4})(?:[Qq]([1-4]))?$")]
    private static partial Regex Shape();
}
