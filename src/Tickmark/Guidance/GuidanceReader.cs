using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Disclosures;
using Tickmark.Facts;
using Tickmark.Releases;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Guidance;

/// <summary>
/// Reads a release's outlook into guidance figures. Every sentence <see cref="OutlookSentence"/>
/// claims is read: each amount is a figure of the measure named last before it ("Revenue is
/// expected to be $24.0 billion"), unless it is a tolerance ("plus or minus 2%": of the figures
/// before it) or only a rough level ("in the mid-30% range", left out). Two amounts joined by
/// "to" or a dash are a range ("$6.5 billion to $6.8 billion", "36-37%", "up 1% to down 4%").
/// "GAAP and non-GAAP X are expected to be A and B, respectively" gives A as GAAP and B as
/// non-GAAP; one amount for both bases gives a figure of each. The period is the one the sentence
/// names, else the one the outlook named before it ("NVIDIA's outlook for the first quarter of
/// fiscal 2025 is as follows:"), else the quarter after the reported one.
/// </summary>
public static partial class GuidanceReader
{
    /// <summary>The outlook of <c>text</c>; the periods the release's tables print tell a 52/53-week calendar.</summary>
    public static IReadOnlyList<GuidanceFigure> Read(string text, IReadOnlyList<Block> blocks, ReleaseInfo release, IEnumerable<Periods.Period>? tablePeriods = null)
    {
        var calendar = new GuidanceCalendar(release.FiscalPeriod, tablePeriods ?? []);
        var figures = new List<GuidanceFigure>();
        GuidancePeriod? context = null;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Table) continue;
            foreach (var sentence in Sentences.Split(text, block.Span))
            {
                var s = text.Substring(sentence.Start, sentence.Length);
                // The period is read only where it is used (an outlook sentence, or its introduction): reading it from
                // every sentence was 5% of text extraction.
                if (!OutlookSentence.Claims(s))
                {
                    if (OutlookIntro().IsMatch(s) && GuidancePeriodReader.Find(s, calendar) is { } named) context = named;
                    continue;
                }
                var period = GuidancePeriodReader.Find(s, calendar) ?? context ?? GuidancePeriodReader.Next(calendar);
                if (period is null) continue;
                figures.AddRange(ReadSentence(s, sentence, period));
            }
        }
        return figures;
    }

    private sealed class Draft(GuidanceMeasures.Named measure, List<(StatedAmount Amount, GuidanceNumber Number)> numbers, bool approximate)
    {
        public GuidanceMeasures.Named Measure { get; } = measure;
        public List<(StatedAmount Amount, GuidanceNumber Number)> Numbers { get; } = numbers;
        public bool Approximate { get; } = approximate;
        public StatedAmount? Tolerance { get; set; }
        public string? ToleranceText { get; set; }
    }

    private static IEnumerable<GuidanceFigure> ReadSentence(string s, SourceSpan sentence, GuidancePeriod period)
    {
        var measures = GuidanceMeasures.Find(s);
        var amounts = AmountReader.Read(s);
        var drafts = new List<Draft>();
        var tolerated = 0; // drafts before this index already have their tolerance
        foreach (var a in amounts)
        {
            var at = a.Span.Start;
            var before = s[Math.Max(0, at - 30)..at];
            if (Tolerance().Match(before) is { Success: true } t)
            {
                var toleranceText = Sentences.Squeeze(s.Substring(at - (before.Length - t.Index), before.Length - t.Index + a.Span.Length));
                for (var i = tolerated; i < drafts.Count; i++) (drafts[i].Tolerance, drafts[i].ToleranceText) = (a, toleranceText);
                tolerated = drafts.Count;
                continue;
            }
            if (Rough().IsMatch(before)) continue;
            var number = Number(s, a, before, sentence.Start);
            // The second end of a range: "$6.5 billion to $6.8 billion", "up 1% to down 4%".
            if (drafts.Count > tolerated && drafts[^1].Numbers.Count == 1 && drafts[^1].Numbers[0].Amount.Unit == a.Unit
                && Joins(s, drafts[^1].Numbers[0].Amount.Span, at))
            {
                drafts[^1].Numbers.Add((a, number));
                // "$9.7 to $9.9 million": the low end takes the high end's scale.
                if (ScaleOf(a) is { } factor && ScaleOf(drafts[^1].Numbers[0].Amount) is null && factor != 1)
                {
                    var (lowAmount, lowNumber) = drafts[^1].Numbers[0];
                    drafts[^1].Numbers[0] = (lowAmount, lowNumber with { Value = lowNumber.Value * factor, Decimals = number.Decimals });
                }
                continue;
            }
            var measure = measures.LastOrDefault(m => m.End <= at);
            if (measure.Name is null) { if (measures.Count == 0) continue; measure = measures[0]; }
            // "36-37%": the low end printed without its sign.
            var low = BareLow().Match(before);
            var numbers = new List<(StatedAmount, GuidanceNumber)>();
            if (low.Success && a.Unit == Unit.Percent && decimal.TryParse(low.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var lowValue))
            {
                var lowAt = at - (before.Length - low.Groups["n"].Index);
                numbers.Add((a, new GuidanceNumber(lowValue, Fraction(low.Groups["n"].Value), new SourceSpan(sentence.Start + lowAt, low.Groups["n"].Length))));
            }
            numbers.Add((a, number));
            // "approximately $3.5 billion and $2.5 billion, respectively": the word covers the figures after it.
            var approximate = Approximately().IsMatch(s[Math.Min(measure.End, at)..at]);
            drafts.Add(new Draft(measure, numbers, approximate));
        }
        var change = Change(s);
        var respectively = Respectively().IsMatch(s);
        var byMeasure = drafts.GroupBy(d => d.Measure.Index).ToList();
        foreach (var group in byMeasure)
        {
            var list = group.ToList();
            var m = list[0].Measure;
            var lead = s[Math.Max(0, m.Index - 30)..m.Index];
            var both = BothBases().IsMatch(lead);
            // "a loss in H20 revenue of approximately $8.0 billion": a part of the outlook, named in the document's words.
            var part = Effect().Match(s[Math.Max(0, m.Index - 40)..m.Index]);
            var effect = part.Success ? Sentences.Squeeze(s[(Math.Max(0, m.Index - 40) + part.Index)..m.End]).ToLowerInvariant() : null;
            for (var i = 0; i < list.Count; i++)
            {
                IEnumerable<FactBasis> bases = both && respectively && list.Count == 2 ? [i == 0 ? FactBasis.Gaap : FactBasis.NonGaap]
                    : both ? [FactBasis.Gaap, FactBasis.NonGaap]
                    : [NonGaap().IsMatch(lead) ? FactBasis.NonGaap : FactBasis.Gaap];
                foreach (var basis in bases) yield return Make(list[i], m, basis, period, change, sentence, effect);
            }
        }
    }

    private static readonly HashSet<string> RatioMeasures = ["gross margin", "operating margin", "tax rate"];

    private static GuidanceFigure Make(Draft d, GuidanceMeasures.Named m, FactBasis basis, GuidancePeriod period, GuidanceChange change, SourceSpan sentence, string? effect)
    {
        var first = d.Numbers[0].Amount;
        var unit = m.Unit is { } u && first.Unit == Unit.Usd ? u : first.Unit;
        var values = d.Numbers.Select(n => n.Number).ToList();
        decimal? point = null, low = null, high = null, tolerance = null;
        string? toleranceText = null;
        if (values.Count == 1) point = values[0].Value;
        else (low, high) = (Math.Min(values[0].Value, values[1].Value), Math.Max(values[0].Value, values[1].Value));
        if (point is { } p && d.Tolerance is { } tol)
        {
            toleranceText = d.ToleranceText;
            // "plus or minus 2%" of a dollar figure is 2% of it; of a percentage, 2 points (as are "50 basis points").
            tolerance = tol.Unit == Unit.Percent && unit != Unit.Percent ? Math.Abs(p) * tol.Value / 100m : tol.Value;
        }
        var measure = effect ?? m.Name;
        // A figure of a measure that is not a ratio, printed as a percentage, is its change ("revenues to be up 1% to down 4%").
        if (unit == Unit.Percent && !RatioMeasures.Contains(measure)) measure += " change";
        var spanStart = values.Min(v => v.Span.Start);
        var spanEnd = values.Max(v => v.Span.End);
        return new GuidanceFigure
        {
            Measure = measure,
            Period = period,
            Unit = unit,
            Basis = basis,
            Low = low,
            High = high,
            Point = point,
            Tolerance = tolerance,
            ToleranceText = toleranceText,
            Approximate = d.Approximate,
            Decimals = values.Min(v => v.Decimals),
            Change = change,
            Numbers = values,
            Span = SourceSpan.FromBounds(spanStart, spanEnd),
            Sentence = sentence,
        };
    }

    /// <summary>The number of an amount as printed (without '$' and scale words; with its '%'), signed by the words before it.</summary>
    private static GuidanceNumber Number(string s, StatedAmount a, string before, int offset)
    {
        var digits = Digits().Match(a.Text);
        var length = a.Unit == Unit.Percent && a.Text.Contains('%') ? a.Text.IndexOf('%') + 1 - digits.Index : digits.Length;
        var negative = Negative().IsMatch(before);
        var decimals = a.Decimals;
        return new GuidanceNumber(negative ? -a.Value : a.Value, decimals, new SourceSpan(offset + a.Span.Start + digits.Index, length));
    }

    /// <summary>"A to B", "A-B", "between A and B": the amount at <paramref name="at"/> ends the range that <paramref name="first"/> starts.</summary>
    private static bool Joins(string s, SourceSpan first, int at)
    {
        var between = s[first.End..at];
        if (RangeJoin().IsMatch(between)) return true;
        return AndJoin().IsMatch(between) && Between().IsMatch(s[Math.Max(0, first.Start - 40)..first.Start]);
    }

    /// <summary>The factor of the scale word an amount prints ("billion": 1,000,000,000), or null without one.</summary>
    private static decimal? ScaleOf(StatedAmount a)
    {
        if (!ScaleWord().IsMatch(a.Text)) return null;
        var digits = decimal.Parse(Digits().Match(a.Text).Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        return digits == 0 ? null : a.Value / digits;
    }

    private static int Fraction(string digits) => digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;

    private static GuidanceChange Change(string s) =>
        Raised().IsMatch(s) ? GuidanceChange.Raised
        : Lowered().IsMatch(s) ? GuidanceChange.Lowered
        : Reaffirmed().IsMatch(s) ? GuidanceChange.Reaffirmed
        : GuidanceChange.Stated;

    [GeneratedRegex(@"plus\s+or\s+minus\s+$|\+/-\s*$|±\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tolerance();

    [GeneratedRegex(@"(?:mid|high|low|upper|lower)[-\s]$", RegexOptions.IgnoreCase)]
    private static partial Regex Rough();

    [GeneratedRegex(@"^\s*(?:to|-|–|—)\s*(?:(?:up|down)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*and\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndJoin();

    [GeneratedRegex(@"\bbetween\s+(?:approximately\s+|about\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?<![\d.,$])(?<n>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*$")]
    private static partial Regex BareLow();

    [GeneratedRegex(@"\b(?:approximately|about|around|roughly|approx\.)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    [GeneratedRegex(@"(?:\b(?:an?\s+)?(?:expense|loss|charge)\s+of\s+(?:approximately\s+|about\s+)?|\b(?:down|decline|decrease)(?:\s+of)?\s+(?:approximately\s+|about\s+)?)(?:\$\s?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(?:loss|reduction|decline|impact|headwind)\s+(?:in|of|on|from)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Effect();

    [GeneratedRegex(@"\b(?:thousand|million|billion|trillion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleWord();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\bGAAP\s+and\s+non-GAAP\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BothBases();

    [GeneratedRegex(@"\b(?:non-GAAP|adjusted|pro\s+forma)\s+(?:diluted\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NonGaap();

    [GeneratedRegex(@"\b(?:outlook|guidance|expects?|anticipates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookIntro();

    [GeneratedRegex(@"\b(?:rais(?:es|ed|ing)|increas(?:es|ed|ing)|lifts?|lifted)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:outlook|guidance|forecast)", RegexOptions.IgnoreCase)]
    private static partial Regex Raised();

    [GeneratedRegex(@"\b(?:lower(?:s|ed|ing)|reduc(?:es|ed|ing)|cuts?|revis(?:es|ed)\s+down)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:outlook|guidance|forecast)", RegexOptions.IgnoreCase)]
    private static partial Regex Lowered();

    [GeneratedRegex(@"\b(?:reaffirm(?:s|ed|ing)?|reiterat(?:es|ed|ing)|maintain(?:s|ed)?|confirm(?:s|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reaffirmed();
}
