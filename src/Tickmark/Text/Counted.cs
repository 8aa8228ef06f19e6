using System.Globalization;

namespace Tickmark.Text;

/// <summary>A count with its noun, singular for one: "1 row", "2 rows", "1 company", "3 companies".</summary>
public static class Counted
{
    /// <summary><paramref name="n"/> (invariant digits) and <paramref name="singular"/>, or <paramref name="plural"/> (default: singular + "s") unless n is 1.</summary>
    public static string Of(long n, string singular, string? plural = null) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {Noun(n, singular, plural)}";

    /// <summary>The noun alone, as <see cref="Of"/> chooses it.</summary>
    public static string Noun(long n, string singular, string? plural = null) => n == 1 ? singular : plural ?? singular + "s";
}
