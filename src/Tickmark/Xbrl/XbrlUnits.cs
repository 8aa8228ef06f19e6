using Tickmark.Units;

namespace Tickmark.Xbrl;

/// <summary>
/// The units Tickmark's facts are in, from an XBRL unit's measures: US dollars, dollars per share,
/// shares, pure numbers. A measure is named by its local part ("iso4217:USD" is "USD"); any other
/// unit (another currency, square feet) has no counterpart and its facts are counted, not read.
/// </summary>
public static class XbrlUnits
{
    public static Unit? Of(IReadOnlyList<string> numerators, IReadOnlyList<string> denominators)
    {
        var top = string.Join("*", numerators.Select(Local)).ToLowerInvariant();
        var bottom = string.Join("*", denominators.Select(Local)).ToLowerInvariant();
        return (top, bottom) switch
        {
            ("usd", "") => Unit.Usd,
            ("usd", "shares") => Unit.UsdPerShare,
            ("shares", "") => Unit.Shares,
            ("pure", "") => Unit.Pure,
            _ => null,
        };
    }

    /// <summary>"USD" for "iso4217:USD".</summary>
    public static string Local(string measure) => measure[(measure.IndexOf(':') + 1)..].Trim();
}
