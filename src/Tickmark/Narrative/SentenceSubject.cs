using System.Text.RegularExpressions;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// What each figure of one sentence measures, in order: the words of its own clause, or, for a figure
/// without words of its own (a comparative, "or 70% of revenues", "to $6.97 million"), the subject before it;
/// and whether the figure is a comparative ("compared to $5.15 million", and the per-share figure that goes
/// with a comparative: ", or $0.06 per share").
/// </summary>
public sealed partial class SentenceSubject(int sentenceStart)
{
    /// <summary>A figure's measure and qualifiers; <see cref="HasSubject"/>: its own words name what it measures.</summary>
    /// <see cref="Counterfactual"/>: the figure is the one before it as it would have been without an item (an adjusted figure).
    public sealed record Named(string Measure, IReadOnlyDictionary<string, string> Dimensions, bool Comparative, bool HasSubject, bool Counterfactual = false);

    private int previousEnd = sentenceStart;
    private string? lastMeasure;
    private string? lastPerShare; // the per-share figure just before, when its own words named it ("book value was $11.64 per share")
    private string? lastPercent; // likewise the percentage just before ("the net interest margin was 4.37%")
    private readonly List<(Unit Unit, string Measure)> named = []; // the figures of the sentence its own words named, in order
    private IReadOnlyDictionary<string, string>? lastDimensions;
    private bool subjectFromChange;
    private bool previousComparative;
    private bool previousPercentComparative;
    private Unit previousUnit = Unit.Usd;

    /// <summary>The next figure of the sentence (figures are read in order).</summary>
    public Named Read(string text, ProseFigure f)
    {
        var at = f.Span.Start;
        var lead = text[previousEnd..at];
        var clause = MeasurePhrase.Clause(text, previousEnd, at);
        previousEnd = f.Span.End;
        var measure = MeasurePhrase.Of(clause);
        // "Non-GAAP EPS were up 6% to $0.92, but would have been $0.94 if not for ...": no words of its own but the verb.
        var counterfactual = !f.IsChange && measure.Length == 0 && lastMeasure is not null && ProseWords.Counterfactual().IsMatch(lead);
        var hasSubject = measure.Length > 0;
        var dimensions = ProseQualifiers.Of(clause);
        var comparative = !f.IsChange && f.RatioOf is null
            && (ProseWords.ComparativeLead().IsMatch(LastClause(lead))
                || (previousComparative && (f.Unit == Unit.UsdPerShare || f.Unit == previousUnit) && OrLead().IsMatch(lead)));
        // "compared to 16.11% and 1.57%": the percentages of a comparative list are comparatives too.
        if (f.Unit == Unit.Percent && !f.IsChange && f.RatioOf is null && !comparative && previousPercentComparative && OrLead().IsMatch(lead)) comparative = true;
        if (f.Unit != Unit.Percent) (previousComparative, previousUnit) = (comparative, f.Unit);
        else if (!f.IsChange) previousPercentComparative = comparative;
        if (f.IsChange)
        {
            // "sales outside the United States increased 226% to $0.24 million": the change names the subject of the figure after it.
            if (measure.Length > 0) (lastMeasure, lastDimensions, subjectFromChange) = (measure, dimensions, true);
            measure = ((lastMeasure ?? measure) + " change").TrimStart();
        }
        else
        {
            // "ROE was 14.53% and ROA was 1.37%, compared to 16.11% and 1.57%, respectively": the k-th of the list pairs
            // with the k-th measure named before it.
            // A list with fewer measures before it than figures pairs with its periods ("0.12% and 0.15% at the end of the
            // third quarter and the preceding year, respectively"): one measure for all.
            if (measure.Length == 0 && comparative && Paired(text, f) is { } paired) measure = paired;
            // "book value was $11.64 per share, compared to $10.79 a year earlier": the comparative is named like the figure before it.
            else if (f.Unit == Unit.UsdPerShare && measure.Length == 0 && lastPerShare is not null) measure = lastPerShare;
            // "the net interest margin was 4.37% compared to 4.73% for": likewise a percentage's comparative.
            else if (f.Unit == Unit.Percent && measure.Length == 0 && comparative && lastPercent is not null) measure = lastPercent;
            if (hasSubject && f.RatioOf is null) named.Add((f.Unit, measure));
            var borrowed = lastMeasure is not null && (measure.Length == 0 || (f.Unit == Unit.UsdPerShare && lastPerShare is null));
            if (borrowed)
                measure = f.Unit switch { Unit.UsdPerShare => PerShareWords().IsMatch(lastMeasure!) ? lastMeasure! : lastMeasure + " per share", Unit.Percent => lastMeasure + " percent", _ => lastMeasure! };
            if (f.Unit != Unit.Percent) lastPerShare = f.Unit == Unit.UsdPerShare && hasSubject ? measure : null;
            else if (f.RatioOf is null) lastPercent = hasSubject ? measure : comparative ? lastPercent : null;
            // A comparative takes the qualifiers of the figure it is compared with.
            if (dimensions.Count == 0 && lastDimensions is not null && (comparative || (borrowed && subjectFromChange))) dimensions = lastDimensions;
            if (f.Unit == Unit.Usd && measure.Length > 0) (lastMeasure, lastDimensions) = (measure, dimensions);
            subjectFromChange = false;
            // "would have been $0.94 if not for the currency loss in Venezuela": named by what it leaves out.
            if (counterfactual && Without().Match(text, f.Span.End) is { Success: true } without)
                measure += " excluding " + Whitespace.Collapse(without.Groups["what"].ValueSpan).ToLowerInvariant();
            // "total loans grew by $25.8 million", "revenue increased $2.1 million to": the amount of a change, not the balance or flow itself.
            if (f.Unit == Unit.Usd && measure.Length > 0 && ChangeBy().IsMatch(lead)) measure += " change";
        }
        return new Named(measure, dimensions, comparative, hasSubject, counterfactual);
    }

    /// <summary>
    /// The lead's last clause, where a break that is itself a comparison ("compared to") does not count:
    /// "..., up 5% compared to last year while non-GAAP earnings per share were $" starts a new figure.
    /// </summary>
    private static string LastClause(string lead)
    {
        var cut = 0;
        foreach (var m in ProseWords.ClauseBreak().EnumerateMatches(lead))
            if (!ProseWords.ComparativeLead().IsMatch(lead.AsSpan(m.Index, m.Length))) cut = m.Index + m.Length;
        return lead[cut..];
    }

    /// <summary>" per share if not for the currency loss in Venezuela", " excluding the charge": what a counterfactual figure leaves out.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:million|billion|thousand))?(?:,?\s+per\s+(?:diluted\s+)?share)?,?\s+(?:if\s+not\s+for|excluding|without|but\s+for)\s+(?<what>[^,.;()]{3,60}?)(?=[,.;()]|\s+(?:and|which|in\s+the\s+quarter)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Without();

    private string? Paired(string text, ProseFigure f)
    {
        var respectively = Respectively().Match(text, f.Span.End);
        if (!respectively.Success) return null;
        var after = (f.Unit == Unit.Percent ? PercentFigure() : DollarFigure()).Count(respectively.Groups["rest"].Value);
        var same = named.Where(n => n.Unit == f.Unit).ToList();
        return same.Count - 1 - after >= 0 ? same[same.Count - 1 - after].Measure : null;
    }

    /// <summary>", respectively" closing the list a figure stands in: the rest of the list before it.</summary>
    [GeneratedRegex(@"\G(?<rest>(?:[^.;]|\.(?=\d)){0,100}?)\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\d[\d.,]*\s?(?:%|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentFigure();

    [GeneratedRegex(@"\$\s?\d")]
    private static partial Regex DollarFigure();

    /// <summary>A measure that is already per share: "earnings per diluted share", "diluted EPS".</summary>
    [GeneratedRegex(@"\bshare\b|\beps\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShareWords();

    [GeneratedRegex(@"\b(increased|decreased|grew|rose|fell|declined|jumped|dropped|improved)\s+(by\s+)?((approximately|about|nearly|almost|over|more\s+than)\s+)?\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBy();

    /// <summary>" million, or $", " billion at September 30, 2008, and $": the next figure of a list.</summary>
    [GeneratedRegex(@"^(\s+(million|billion|thousand))?(\s+(at|in|for|as\s+of)\s+[^$;]*?)?[\s,]*(or|and)(\s+(an?\s+)?[a-z ]{0,30}?\s+of)?\s*\$?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrLead();
}
