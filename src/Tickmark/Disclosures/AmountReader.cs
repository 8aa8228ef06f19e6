using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Disclosures;

/// <summary>
/// Reads the amounts of a sentence: "$6.5 billion", "$0.04 per share", "$25.00 billion",
/// "71.5%", "50 basis points", "7.5 million shares". Plain numbers (years, counts) are not amounts.
/// </summary>
public static partial class AmountReader
{
    private static readonly Dictionary<string, (decimal Factor, int Digits)> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = (1_000m, 3), ["million"] = (1_000_000m, 6), ["billion"] = (1_000_000_000m, 9), ["trillion"] = (1_000_000_000_000m, 12),
    };

    /// <summary>Every amount of <paramref name="sentence"/>, spans offset by <paramref name="offset"/>.</summary>
    public static IReadOnlyList<StatedAmount> Read(string sentence, int offset = 0)
    {
        var found = new List<StatedAmount>();
        foreach (Match m in Amount().Matches(sentence))
        {
            var digits = m.Groups["n"].Value.Replace(",", "");
            if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) continue;
            var fraction = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
            var decimals = fraction;
            if (m.Groups["scale"].Success)
            {
                var (factor, scaleDigits) = Scales[m.Groups["scale"].Value];
                n *= factor;
                decimals = fraction - scaleDigits;
            }
            Unit unit;
            if (m.Groups["bp"].Success) { unit = Unit.Percent; n /= 100m; decimals += 2; }
            else if (m.Groups["pct"].Success) unit = Unit.Percent;
            else if (m.Groups["usd"].Success) unit = m.Groups["ps"].Success ? Unit.UsdPerShare : Unit.Usd;
            else if (m.Groups["shares"].Success) unit = Unit.Shares;
            else continue;
            found.Add(new StatedAmount(n, unit, decimals, m.Value, new SourceSpan(offset + m.Index, m.Length)));
        }
        return found;
    }

    [GeneratedRegex(@"(?<usd>\$)\s?(?<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion)\b)?(?<ps>\s+(?:per|a)\s+(?:common\s+|diluted\s+)?share)?"
        + @"|(?<![\w.$])(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:(?<pct>%|\s?percent\b)|\s+(?<bp>basis\s+points?)\b|(?:\s*(?<scale>thousand|million|billion)\b)?\s+(?<shares>(?:common\s+)?shares)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
