using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Releases;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Narrative;

/// <summary>
/// Turns the figures of the release's prose (dateline, paragraphs, bullets, headline) into facts
/// with origin "narrative": each gets the period its sentence gives it, the words it measures,
/// its qualifiers, and the US-GAAP element where the words clearly name one.
/// </summary>
public static partial class NarrativeFactBuilder
{
    public static void Build(SourceDocument doc, IReadOnlyList<Block> blocks, FiscalPeriod? fiscal, List<Fact> facts, ConceptMap concepts)
    {
        var calendar = new FiscalCalendar(fiscal, facts.Where(f => f.Origin == FactOrigin.Table && f.Period is not null).Select(f => f.Period!));
        Period? current = calendar.CurrentQuarter;
        Period? next = fiscal is null ? null : fiscal.Quarter == 4 ? calendar.Quarter(fiscal.Year + 1, 1) : calendar.Quarter(fiscal.Year, fiscal.Quarter + 1);
        var first = facts.Count;
        foreach (var block in blocks)
        {
            if (block.Kind is not (BlockKind.Dateline or BlockKind.Paragraph or BlockKind.Bullet or BlockKind.Headline)) continue;
            var text = doc.Slice(block.Span);
            var phrases = NarrativePeriodReader.Find(text, calendar);
            // Relative phrases take the absolute period before them ("... in 2006, compared to ... the same period last year").
            // A phrase that is only the object of a comparison ("an increase of 18% compared to the second
            // quarter of 2006") names no figure's period and is masked out of the text the scores read.
            // A phrase after a comparison in its sentence ("compared with $2.3 million in the second quarter")
            // names a comparative's period: relative phrases after it still count from the sentence's own period.
            var resolved = new List<(int Index, int End, Period Period, bool Relative, bool Comparison)>();
            var masked = text.ToCharArray();
            var basis = current;
            var sentences = Sentences(text).ToList();
            var sentenceOf = 0;
            foreach (var p in phrases)
            {
                var period = p.Period ?? (basis is null ? null
                    : p.QuarterBack ? NarrativePeriodReader.PreviousQuarter(basis) : NarrativePeriodReader.Shift(basis, p.YearsBack, p.ToYear));
                if (period is null) continue;
                var target = ComparisonTarget().Match(text[Math.Max(0, p.Index - 40)..p.Index]);
                if (target.Success)
                {
                    Array.Fill(masked, ' ', p.Index - target.Length, target.Length + p.Length);
                    continue;
                }
                while (sentenceOf + 1 < sentences.Count && sentences[sentenceOf + 1].Start <= p.Index) sentenceOf++;
                var start = Math.Max(sentences.Count == 0 ? 0 : sentences[sentenceOf].Start, p.Index - Window);
                var comparison = ComparisonBefore().IsMatch(text[start..p.Index]);
                if (!p.IsRelative && !comparison) basis = period;
                resolved.Add((p.Index, p.Index + p.Length, period, p.IsRelative, comparison));
            }
            // A block with no figure gives no fact, but the period it names is the context of the blocks after it.
            if (!ProseFigureFinder.MayHoldFigure(text))
            {
                if (basis is not null) current = basis;
                continue;
            }
            var scoring = new string(masked);
            var drafts = new List<FigureLinker.Draft>();
            var sentenceNo = 0;
            var phraseAt = 0;
            Period? before = null; // the last period a sentence before this one named for its own figures
            foreach (var sentence in sentences)
            {
                sentenceNo++;
                var sentenceText = text[sentence.Start..sentence.End];
                // A sentence of the outlook is the guidance stage's: its figures are guidance, never reported figures.
                var figures = Guidance.OutlookSentence.Claims(sentenceText) ? new List<ProseFigure>() : ProseFigureFinder.Find(sentenceText, sentence.Start).ToList();
                while (phraseAt < resolved.Count && resolved[phraseAt].Index < sentence.Start)
                {
                    if (!resolved[phraseAt].Relative && !resolved[phraseAt].Comparison) before = resolved[phraseAt].Period;
                    phraseAt++;
                }
                var inSentence = new List<(int Index, int End, Period Period, bool Relative, bool Comparison)>();
                for (var k = phraseAt; k < resolved.Count && resolved[k].Index < sentence.End; k++)
                    if (resolved[k].End <= sentence.End) inSentence.Add(resolved[k]);
                var outlook = OutlookWords.In(sentenceText);
                var opening = sentenceText[..Math.Min(60, sentenceText.Length)];
                var previousFigureEnd = sentence.Start; // the end of the last figure that is not a percentage
                var previousPerShare = false;
                var figureNo = -1;
                var near = 0; // the first phrase of the sentence that can still be near the next figure
                var sentencePeriod = inSentence.Where(r => !r.Relative && !r.Comparison).Select(r => ((int Index, Period Period)?)(r.Index, r.Period)).FirstOrDefault();
                var yearOverYear = YearOverYear().IsMatch(sentenceText);
                Period? firstPeriod = null;
                var previousEnd = sentence.Start;
                IReadOnlyDictionary<string, string>? lastDimensions = null;
                string? lastMeasure = null;
                var previousComparative = false;
                var previousUnit = Unit.Usd;
                var subjectFromChange = false;
                foreach (var found in figures)
                {
                    figureNo++;
                    var f = found;
                    var at = f.Span.Start;
                    var end = f.Span.End;
                    var own = text[Math.Max(previousFigureEnd, at - Window)..at];
                    // "diluted EPS were $0.46", and its comparative ", from $0.37 a year ago".
                    if (f.Unit == Unit.Usd && f.Decimals >= 0 && f.Value < 1000
                        && (ProseUnitWords.PerShareBefore(own) || (previousPerShare && ComparativeLead().IsMatch(own))))
                        f = f with { Unit = Unit.UsdPerShare };
                    if (f.Unit != Unit.Percent) (previousFigureEnd, previousPerShare) = (end, f.Unit == Unit.UsdPerShare);
                    Period? period;
                    var ownPeriod = false;
                    if (f.IsChange && firstPeriod is not null) period = firstPeriod;
                    else
                    {
                        while (near < inSentence.Count && inSentence[near].End < at - Window) near++;
                        var best = inSentence.Skip(near).TakeWhile(r => r.Index <= end + Window)
                            .Select(r => (r.Period, Score: Score(scoring, r.Index, r.End, at, end) + (OwnedByEarlierFigure(text, figures, figureNo, r.Index) ? 50 : 0)))
                            .OrderBy(x => x.Score).FirstOrDefault();
                        // A period reached only across "compared to"/"over" belongs to the comparative, not this figure;
                        // without one of its own, a figure takes its sentence's period, else the one before, else the
                        // release's quarter (the next quarter in a sentence that looks ahead).
                        ownPeriod = best.Period is not null && best.Score < 10_000;
                        period = ownPeriod ? best.Period
                            : (sentencePeriod is { } sp && sp.Index < at ? sp.Period : null)
                              ?? (outlook ? next : null) ?? before ?? current ?? best.Period;
                    }
                    if (!f.IsChange) firstPeriod ??= period;
                    var lead = text[previousEnd..at];
                    var clause = Clause(text, previousEnd, at);
                    previousEnd = f.Span.End;
                    var measure = Measure(clause);
                    if (ChangeOnly().IsMatch(measure)) measure = ""; // "an increase of" names no measure
                    var hasSubject = measure.Length > 0;
                    var dimensions = Dimensions(clause);
                    // "compared to $5.15 million", and the per-share figure that goes with a comparative (", or $0.06 per share").
                    var comparative = !f.IsChange && f.RatioOf is null
                        && (ComparativeLead().IsMatch(LastClause(lead)) || (previousComparative && (f.Unit == Unit.UsdPerShare || f.Unit == previousUnit) && OrLead().IsMatch(lead)));
                    if (f.Unit != Unit.Percent) (previousComparative, previousUnit) = (comparative, f.Unit);
                    if (f.IsChange)
                    {
                        // "sales outside the United States increased 226% to $0.24 million": the change names the subject of the figure after it.
                        if (measure.Length > 0) (lastMeasure, lastDimensions, subjectFromChange) = (measure, dimensions, true);
                        measure = (lastMeasure ?? measure) + " change";
                    }
                    else
                    {
                        // A figure without words of its own (a comparative, "or 70% of revenues", "to $6.97 million") is about the subject before it.
                        var borrowed = lastMeasure is not null && (measure.Length == 0 || f.Unit == Unit.UsdPerShare);
                        if (borrowed)
                            measure = f.Unit switch { Unit.UsdPerShare => lastMeasure + " per share", Unit.Percent => lastMeasure + " percent", _ => lastMeasure! };
                        // A comparative takes the qualifiers of the figure it is compared with.
                        if (dimensions.Count == 0 && lastDimensions is not null && (comparative || (borrowed && subjectFromChange))) dimensions = lastDimensions;
                        if (f.Unit == Unit.Usd && measure.Length > 0) (lastMeasure, lastDimensions) = (measure, dimensions);
                        subjectFromChange = false;
                    }
                    // "net loss of $0.34 million ... was attributable to a compensation charge": a part of the charge, not the net loss.
                    var rest = text[f.Span.End..Math.Min(sentence.End, f.Span.End + Window)];
                    // The pattern is costly to try; most sentences have none of its words.
                    var part = rest.Contains("attributable", StringComparison.OrdinalIgnoreCase) || rest.Contains("due", StringComparison.OrdinalIgnoreCase)
                        || rest.Contains("related", StringComparison.OrdinalIgnoreCase) ? PartOf().Match(rest) : Match.Empty;
                    if (part.Success && !f.IsChange) measure = "part of " + measure + " attributable to " + Spaces().Replace(part.Groups["what"].Value, " ").Trim();
                    // A balance dated by the period it ends ("total deposits ... during the quarter ended June 30") is the balance on its last day.
                    if (period is Duration flow && BalanceMeasure.Is(measure)) period = new Instant(flow.End);
                    string? concept = null;
                    if (!part.Success && dimensions.Count == 0 && !f.IsChange && f.Unit is Unit.Usd or Unit.UsdPerShare)
                        concept = concepts.Find(measure, "", period is Instant ? StatementKind.BalanceSheet : StatementKind.IncomeStatement, f.Unit);
                    drafts.Add(new FigureLinker.Draft(facts.Count, sentenceNo, f, comparative, hasSubject, ownPeriod,
                        f.IsChange && yearOverYear));
                    facts.Add(new Fact
                    {
                        Origin = FactOrigin.Narrative,
                        Label = measure,
                        Measure = measure,
                        Concept = concept,
                        Value = f.Value,
                        // "a net loss of $303,000" under an income-or-loss element is negative in XBRL.
                        XbrlValue = concept is not null && LossWords().IsMatch(measure) && SignedElement().IsMatch(concept) ? -f.Value : null,
                        Basis = ProseBasis.Of(own, opening),
                        Unit = f.Unit,
                        Decimals = f.Decimals,
                        Period = period,
                        Dimensions = dimensions,
                        Span = new SourceSpan(block.Span.Start + f.Span.Start, f.Span.Length),
                    });
                }
            }
            FigureLinker.Link(facts, drafts);
            if (basis is not null) current = basis;
        }
        // Periods read from words, moved onto the table's own dates (a 52/53-week quarter ends on a Sunday).
        for (var i = first; i < facts.Count; i++) facts[i] = facts[i] with { Period = calendar.SnapAny(facts[i].Period) };
    }

    /// <summary>How far around a figure its words and period phrases are looked for: keeps a run-on sentence linear.</summary>
    private const int Window = 400;

    [GeneratedRegex(@"\bloss(es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LossWords();

    [GeneratedRegex(@"IncomeLoss|ProfitLoss|EarningsPerShare")]
    private static partial Regex SignedElement();

    /// <summary>
    /// How far a period phrase is from a figure; crossing "compared to", "versus" or "from"
    /// (which separate a figure from its comparative) costs more than any distance.
    /// </summary>
    private static int Score(string text, int phraseStart, int phraseEnd, int figureStart, int figureEnd)
    {
        var (from, to) = phraseEnd <= figureStart ? (phraseEnd, figureStart) : (figureEnd, phraseStart);
        if (to < from) return 0;
        var between = text[from..to];
        var distance = to - from;
        if (Comparison().IsMatch(between)) distance += 10_000;
        if (phraseEnd <= figureStart) distance += 5; // a phrase after the figure reads first: "was $4.45 million ... for the fourth quarter"
        // "... in the prior quarter ended September 30, 2008, and net income of $4.7 million ... for the third quarter ended ...":
        // a phrase before the figure across a new clause belongs to the figures of that clause.
        if (phraseEnd <= figureStart && NewClause().IsMatch(between)) distance += 100;
        return distance;
    }

    /// <summary>
    /// "$2.0 million in the fourth quarter of fiscal 2008, $900,000 in the immediate prior quarter": a
    /// phrase that follows closely on an earlier figure is that figure's, not the next one's.
    /// </summary>
    private static bool OwnedByEarlierFigure(string text, IReadOnlyList<ProseFigure> figures, int figure, int phraseStart)
    {
        if (phraseStart >= figures[figure].Span.Start) return false;
        // Only the figures just before the phrase can own it: walk back from this figure while they are near.
        for (var k = figure - 1; k >= 0 && figures[k].Span.Start > phraseStart - 200; k--)
        {
            var g = figures[k];
            if (g.Span.End <= phraseStart && phraseStart - g.Span.End <= 25 && text[g.Span.End..phraseStart].IndexOfAny([',', '.', ';']) < 0) return true;
        }
        return false;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var word = WordBefore(text, m.Index);
            if (Abbreviations.Contains(word)) continue;
            yield return (start, m.Index + 1);
            start = m.Index + m.Length;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    private static string WordBefore(string text, int dot)
    {
        var i = dot;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
        return text[i..dot].ToLowerInvariant();
    }

    private static readonly HashSet<string> Abbreviations =
    [
        "inc", "corp", "co", "ltd", "mass", "calif", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "no", "mr", "mrs", "ms", "dr", "st", "vs", "approx", "a.m", "p.m", "e.g", "i.e", "n.a", "wash", "n.j", "n.y", "fla", "conn",
    ];

    /// <summary>The words before the figure since the figure before it (or the sentence start), from the last clause break.</summary>
    private static string Clause(string text, int sentenceStart, int at)
    {
        // Matches enumerated over the span: neither the prefix nor a Match is allocated.
        var cut = 0;
        foreach (var m in ClauseBreak().EnumerateMatches(text.AsSpan(sentenceStart, at - sentenceStart))) cut = m.Index + m.Length;
        return Spaces().Replace(text[(sentenceStart + cut)..at], " ").Trim();
    }

    /// <summary>
    /// The lead's last clause, where a break that is itself a comparison ("compared to") does not count:
    /// "..., up 5% compared to last year while non-GAAP earnings per share were $" starts a new figure.
    /// </summary>
    private static string LastClause(string lead)
    {
        var cut = 0;
        foreach (var m in ClauseBreak().EnumerateMatches(lead))
            if (!ComparativeLead().IsMatch(lead.AsSpan(m.Index, m.Length))) cut = m.Index + m.Length;
        return lead[cut..];
    }

    /// <summary>"total revenues for the fourth quarter of 2006 were $" → "total revenues".</summary>
    private static string Measure(string clause)
    {
        var m = PeriodWords().Replace(clause, " ");
        m = Spaces().Replace(m, " ").Trim();
        string previous;
        do
        {
            previous = m;
            m = Trailing().Replace(m, "", 1).Trim(' ', ',', ';');
            m = Leading().Replace(m, "", 1).Trim(' ', ',', ';');
        } while (m != previous);
        var words = m.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) words = words[^8..];
        return string.Join(' ', words).ToLowerInvariant().Trim(',', ' ');
    }

    private static IReadOnlyDictionary<string, string> Dimensions(string clause)
    {
        var d = new Dictionary<string, string>();
        if (Outside().IsMatch(clause)) d["geography"] = "Outside United States";
        else if (UnitedStates().IsMatch(clause)) d["geography"] = "United States";
        else if (Region().Match(clause) is { Success: true } r) d["geography"] = r.Value;
        return d;
    }

    /// <summary>The words between a figure and the one before it that make it a comparative.</summary>
    [GeneratedRegex(@"\b(compared\s+(to|with)|compares\s+(to|with)|versus|vs\.|from(?!\s+(product|service|operations|continuing|discontinued|licens|royalt|the\s+sale)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparativeLead();

    [GeneratedRegex(@"\byear[\s-]+over[\s-]+year\b|\bfrom\s+a\s+year\s+(ago|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOverYear();

    [GeneratedRegex(@"\bcompared\b|\bcompares\b|\bversus\b|\bvs\.|\bfrom\s+\$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonBefore();

    [GeneratedRegex(@"\band\b|;")]
    private static partial Regex NewClause();

    [GeneratedRegex(@"^(increase|decrease|decline|growth|rise|gain|drop|improvement|up|down|jump|reduction)s?$")]
    private static partial Regex ChangeOnly();

    /// <summary>" million, or $", " billion at September 30, 2008, and $": the next figure of a list.</summary>
    [GeneratedRegex(@"^(\s+(million|billion|thousand))?(\s+(at|in|for|as\s+of)\s+[^$;]*?)?[\s,]*(or|and)(\s+(an?\s+)?[a-z ]{0,30}?\s+of)?\s*\$?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrLead();

    /// <summary>"compared to the ", "from the " right before a period phrase: the phrase is what a change is measured against.</summary>
    [GeneratedRegex(@"\b(compared\s+(to|with)|versus|vs\.|over|from|relative\s+to)\s+(the\s+|a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonTarget();

    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\bwas\s+(attributable|due|related)\s+to\s+(an?\s+|the\s+)?(?<what>[\w\s-]{3,60}?)(?=\s+(resulting|which|from|for|in|of)\b|[,.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\bcompared\b|\bcompares\b|\bversus\b|\bvs\.|\bfrom\b(?=[^.]{0,40}\$)|\bover\b|\bagainst\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\.(\s+|$)(?=[A-Z""(\u201C]|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(reported|said|announced|noted)\s+that\b|,\s+(?=or\b|an?\b|and\b|with\b|which\b|compared\b|up\b|down\b)|\bcompared\s+to\b|\bcompared\s+with\b|\bcompares\s+with\b|\bversus\b|\bfrom\b|;|--|\bwhile\b|\bwith\b|\band\b(?=\s+(?:an?\s+)?(?:net|total|gross|revenues?|sales))", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(for|in|during)\s+the\s+((three|six|nine|twelve)\s+months|(fiscal\s+)?year)\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(19|20)\d\d|\b(at|as\s+of)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(19|20)\d\d|\b(for|in|during|of)\s+the\s+(first|second|third|fourth|same|comparable|prior|corresponding|current)[\w\s-]*?(quarter|period|year)(\s+of)?(\s+(fiscal\s+)?(19|20)\d\d)?|\b(first|second|third|fourth)[\s-]+(fiscal\s+)?quarter(\s+of)?(\s+fiscal)?\s+(19|20)\d\d|\b(for|in)\s+(fiscal\s+)?(19|20)\d\d|\bfull[\s-]year\s+(19|20)\d\d|\b(for|in|during)\s+the\s+full[\s-]year\b|\byear[\s-]+to[\s-]+date\b,?|\byear[\s-]+over[\s-]+year\b|\b(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"(\s+|^)(\$|were|was|of|totaled|totalled|to|at|reached|increased|decreased|grew|rose|fell|declined|increasing|decreasing|growing|rising|falling|declining|jumped|a\s+record|record|approximately|about|nearly|by|or|an?|the|is|are|had|has|have)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)] // anchored at the end: read from the end
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(relative\s+to|million|billion|thousand|in|for|during|at|the|this|that|these|also|and|but|with|compared\s+to|compared\s+with|or|an?|today\s+reported\s+that|reported\s+that|said\s+that|this\s+compares\s+with|company\s+had|had)(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"outside\s+(of\s+)?the\s+United\s+States|\binternational\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outside();

    [GeneratedRegex(@"\b(in\s+)?(the\s+)?United\s+States\b|\bU\.S\.", RegexOptions.IgnoreCase)]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"\b(Europe|Canada|Asia|Japan|China|Latin America)\b")]
    private static partial Regex Region();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
