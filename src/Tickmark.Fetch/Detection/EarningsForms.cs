namespace Tickmark.Fetch.Detection;

/// <summary>
/// The forms an earnings release is filed on, and the dates EDGAR's 8-K items changed meaning:
/// Item 12 "Results of Operations and Financial Condition" from 28 March 2003, Item 2.02 (and items
/// given in the filing's header) from 23 August 2004. A 6-K (a foreign filer's report) has no items.
/// </summary>
public static class EarningsForms
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "8-K", "8-K/A", "6-K", "6-K/A" };

    public static readonly DateOnly Item12From = new(2003, 3, 28);
    public static readonly DateOnly Item202From = new(2004, 8, 23);

    public static bool Contains(string form) => Forms.Contains(form.Trim());

    public static bool IsForeign(string form) => form.Trim().StartsWith("6-K", StringComparison.OrdinalIgnoreCase);
}
