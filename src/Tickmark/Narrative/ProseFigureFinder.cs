using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// Finds the money, per-share, share-count and percentage figures of a stretch of prose. The span
/// is the number as printed ("6.34" of "$6.34 million"; "23%" with its sign).
/// </summary>
public static partial class ProseFigureFinder
{
    /// <summary>
    /// False when the text cannot hold a figure <see cref="Find"/> reads: every figure has a digit but
    /// "seven percent", so text with neither a digit nor "percent" is skipped without running the scanners.
    /// </summary>
    public static bool MayHoldFigure(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('0', '9') >= 0 || text.Contains("percent", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ProseFigure> Find(string text, int offset)
    {
        foreach (var m in Figures(text))
        {
            var number = m.Groups["word"].Success ? m.Groups["word"] : m.Groups["n"];
            decimal value;
            if (m.Groups["word"].Success) value = Xbrl.NumberWords.Read(number.Value)!.Value;
            else if (!decimal.TryParse(number.Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) continue;
            var fraction = number.Value.Contains('.') ? number.Value.Length - number.Value.IndexOf('.') - 1 : 0;
            var before = text[Math.Max(0, m.Index - 40)..m.Index];
            if (m.Groups["pct"].Success)
            {
                var span = new SourceSpan(offset + number.Index, m.Groups["pct"].Index + m.Groups["pct"].Length - number.Index);
                if (m.Groups["pct"].Value.Trim().StartsWith("percent", StringComparison.OrdinalIgnoreCase)) span = new SourceSpan(offset + number.Index, number.Length);
                var change = ChangeWords().Match(before);
                // "a 5.9 percent increase", "represents 9% year-over-year growth": the change word after the number.
                if (!change.Success) change = ChangeAfter().Match(text, m.Index + m.Length);
                var direction = !change.Success ? 0 : Down().IsMatch(change.Groups["word"].Success ? change.Groups["word"].Value : change.Value) ? -1 : 1;
                var ratio = change.Success ? null : RatioOf().Match(text, m.Index + m.Length);
                yield return new ProseFigure(span, value, Unit.Percent, fraction, change.Success, direction,
                    ratio is { Success: true } ? ratio.Groups["of"].Value.ToLowerInvariant() : null);
                continue;
            }
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "thousand" => 1_000m,
                "million" => 1_000_000m,
                "billion" => 1_000_000_000m,
                _ => 1m,
            };
            var digits = scale switch { 1_000m => 3, 1_000_000m => 6, 1_000_000_000m => 9, _ => 0 };
            var figureSpan = new SourceSpan(offset + number.Index, number.Length);
            if (m.Groups["cents"].Success)
            {
                yield return new ProseFigure(figureSpan, value / 100m, Unit.UsdPerShare, fraction + 2, false);
                continue;
            }
            if (m.Groups["count"].Success)
            {
                yield return new ProseFigure(figureSpan, value * scale, Unit.Pure, fraction - digits, false);
                continue;
            }
            if (m.Groups["per"].Success && !m.Groups["dollar"].Success)
            {
                yield return new ProseFigure(figureSpan, value, Unit.UsdPerShare, fraction, false);
                continue;
            }
            if (m.Groups["dollar"].Success)
            {
                var unit = m.Groups["per"].Success ? Unit.UsdPerShare : Unit.Usd;
                // "down $600,000 from", "an increase of $1.2 million": an amount of change, not a level.
                var change = ChangeWords().Match(before);
                var direction = !change.Success ? 0 : Down().IsMatch(change.Value) ? -1 : 1;
                yield return new ProseFigure(figureSpan, unit == Unit.UsdPerShare ? value : value * scale, unit, fraction - (unit == Unit.UsdPerShare ? 0 : digits), change.Success, direction);
            }
            else if (m.Groups["shares"].Success)
                yield return new ProseFigure(figureSpan, value * scale, Unit.Shares, fraction - digits, false);
        }
    }

    /// <summary>
    /// The same matches as <c>Figure().Matches(text)</c>, the regex tried (anchored) only at a '$', a digit or a
    /// number word: trying it at every letter cost most of this stage.
    /// </summary>
    internal static IEnumerable<Match> Figures(string text) =>
        Starts.Matches(AnchoredFigure(), text);

    // Every branch of Figure opens with '$', a digit, or (after \b) a number word. A digit after a digit, '.', ',' or '$'
    // opens none: the branches at a digit are behind (?<![\d.,$]) but the count's, which wants white space before it.
    private static readonly StartWords Starts = new(NumberWordPattern.Split('|'), everyDigit: true, symbol: '$', notAfter: "0123456789.,$");

    private const string PerShare = @"(?:per|a)\s+(?:basic\s+and\s+diluted\s+|diluted\s+|basic\s+|common\s+|fully\s+diluted\s+)?(?:common\s+)?share\b";

    [GeneratedRegex(FigurePattern, RegexOptions.IgnoreCase)]
    internal static partial Regex Figure();

    // Figure tried at one position only (\G): lookbehinds still see the text before it.
    [GeneratedRegex(@"\G(?:" + FigurePattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredFigure();

    private const string NumberWordPattern = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    private const string FigurePattern =
        // "$6.34 million", "$0.02 per share", "($0.01) per share", "$.16 per diluted share" (no leading zero).
        @"(?<dollar>\$)\s?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+(?![\d,]))\)?(?:\s+(?<scale>thousand|million|billion)\b)?(?<per>,?\s+" + PerShare + ")?"
        // "27 cents a share", "or 2.03 per share".
        + @"|(?<![\d.,$])(?<n>\d{1,3}(?:\.\d+)?)(?<cents>\s+cents?)\s+" + PerShare
        + @"|(?<![\d.,$])(?<n>\d+\.\d+)(?<per>\s+per\s+(?:diluted\s+|basic\s+)?share\b)"
        + @"|(?<![\d.,$])(?<n>\d{1,3}(?:\.\d+)?)(?<pct>\s?%|\s+percent\b)"
        // "a seven percent unit decline".
        + @"|\b(?<word>" + NumberWordPattern + @")(?<pct>\s+percent\b)"
        + @"|(?<![\d.,$])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<scale>million|billion))?\s+(?<shares>(?:(?:additional|new|common|ordinary|treasury|restricted|outstanding|equivalent|weighted|average|diluted|basic)\s+){0,3}shares)\b"
        // "sold 4.13 million Macs", "shipped 2.5 million units".
        // "shipped 876 thousand Macintosh® units and 860 thousand iPods": a second count of the list after "and".
        + @"|(?<=\b(?:sold|shipped|delivered)\s+(?:a\s+record\s+)?(?:[^.;$%]{0,60}?\s+and\s+)?)(?<n>\d+(?:\.\d+)?)\s+(?<scale>thousand|million|billion)\s+(?<count>[A-Za-z][\w-]*\u00AE?\s+units|[A-Za-z][A-Za-z-]*s)\b";

    [GeneratedRegex(@"\G\s+(?:(?:year[\s-]+over[\s-]+year|annual|sequential)\s+)?(?<word>increase|decrease|decline|gain|rise|drop|growth|improvement|reduction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"^(decreas|declin|drop|down|fell|fall|lower|reduc|slip)", RegexOptions.IgnoreCase)]
    private static partial Regex Down();

    /// <summary>"70% of revenues", "72.4% of total revenues", "45% of net sales".</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:total\s+|net\s+|total\s+net\s+)?(?<of>revenues?|sales)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatioOf();

    // "increased inventories by $1.3 billion": a noun or two may stand between the verb and "by".
    [GeneratedRegex(@"\b(increas|decreas|declin|ris(?:e|es|en|ing)\b|grow|grew|gain|drop|improv|up\b|down\b|rose|fell|fall|jump|climb|surg|soar|slipp?|advanc)\w*\s+(of\s+|by\s+|(?:[a-z]+\s+){1,2}by\s+)?(approximately\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWords();
}
