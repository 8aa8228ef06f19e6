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
/// Turns the figures of the release's prose (dateline, paragraphs, bullets, headline) into facts with
/// origin "narrative". The stage is a pipeline of small parts, block by block and sentence by sentence:
/// <see cref="ProseSentences"/> splits a block; <see cref="BlockPeriods"/> places its period phrases on the
/// release's <see cref="FiscalCalendar"/>; <see cref="ProseFigureFinder"/> finds each sentence's figures;
/// <see cref="FigureWords"/> gives a figure the unit its words before it name; <see cref="FigurePeriods"/>
/// dates it; <see cref="SentenceSubject"/> names what it measures (and whether it is a comparative);
/// <see cref="PartOfPhrase"/>, <see cref="BalanceMeasure"/> and <see cref="ProseBasis"/> refine it; the
/// concept map names the element where the words clearly name one; <see cref="FigureLinker"/> links the
/// block's figures to each other.
/// </summary>
public static partial class NarrativeFactBuilder
{
    public static void Build(SourceDocument doc, IReadOnlyList<Block> blocks, FiscalPeriod? fiscal, List<Fact> facts, ConceptMap concepts)
    {
        var calendar = new FiscalCalendar(fiscal, facts.Where(f => f.Origin == FactOrigin.Table && f.Period is not null).Select(f => f.Period!),
            FiscalCalendar.DetectNameOffset(fiscal, doc.Text));
        Period? current = calendar.CurrentQuarter;
        Period? next = fiscal is null ? null : fiscal.Quarter == 4 ? calendar.Quarter(fiscal.Year + 1, 1) : calendar.Quarter(fiscal.Year, fiscal.Quarter + 1);
        var first = facts.Count;
        IReadOnlyDictionary<string, string>? segment = null; // the business line the heading above names, for the blocks under it
        var bullets = false;
        foreach (var block in blocks)
        {
            // A paragraph after the heading's bullets starts something else ("JUNE 2005 QUARTER OUTLOOK The following ...").
            if (block.Kind == BlockKind.Heading)
                (segment, bullets) = (SectionQualifier.Of(doc.Slice(block.Span)) is { } line ? new Dictionary<string, string> { ["segment"] = line } : null, false);
            else if (block.Kind is BlockKind.Headline or BlockKind.Dateline or BlockKind.Table || (block.Kind == BlockKind.Paragraph && bullets)) segment = null;
            else if (block.Kind == BlockKind.Bullet) bullets = true;
            if (block.Kind is not (BlockKind.Dateline or BlockKind.Paragraph or BlockKind.Bullet or BlockKind.Headline)) continue;
            var text = doc.Slice(block.Span);
            var sentences = ProseSentences.Split(text);
            var periods = BlockPeriods.Resolve(text, sentences, calendar, current);
            // A block with no figure gives no fact, but the period it names is the context of the blocks after it.
            if (ProseFigureFinder.MayHoldFigure(text)) ReadBlock(block, text, sentences, periods, current, next, facts, concepts, segment);
            if (periods.Last is not null) current = periods.Last;
        }
        // Periods read from words, moved onto the table's own dates (a 52/53-week quarter ends on a Sunday).
        for (var i = first; i < facts.Count; i++) facts[i] = facts[i] with { Period = calendar.SnapAny(facts[i].Period) };
    }

    private static void ReadBlock(Block block, string text, List<(int Start, int End)> sentences, BlockPeriods periods,
        Period? current, Period? next, List<Fact> facts, ConceptMap concepts, IReadOnlyDictionary<string, string>? segment)
    {
        var drafts = new List<FigureLinker.Draft>();
        var phraseAt = 0;
        Period? before = null; // the last period a sentence before this one named for its own figures
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            while (phraseAt < periods.Phrases.Count && periods.Phrases[phraseAt].Index < sentence.Start)
            {
                if (periods.Phrases[phraseAt].Own) before = periods.Phrases[phraseAt].Period;
                phraseAt++;
            }
            var inSentence = new List<AnchoredPeriod>();
            for (var k = phraseAt; k < periods.Phrases.Count && periods.Phrases[k].Index < sentence.End; k++)
                if (periods.Phrases[k].End <= sentence.End) inSentence.Add(periods.Phrases[k]);
            var sentenceText = text[sentence.Start..sentence.End];
            // A sentence of the outlook is the guidance stage's: its figures are guidance, never reported figures.
            if (Guidance.OutlookSentence.Claims(sentenceText)) continue;
            var figures = ProseFigureFinder.Find(sentenceText, sentence.Start).ToList();
            if (figures.Count == 0) continue;
            var fallback = (OutlookWords.In(sentenceText) ? next : null) ?? before ?? current;
            ReadSentence(block, text, sentence, s + 1, figures, new FigurePeriods(text, periods.Scoring, inSentence, figures, fallback), drafts, facts, concepts, segment);
        }
        FigureLinker.Link(facts, drafts);
    }

    private static void ReadSentence(Block block, string text, (int Start, int End) sentence, int sentenceNo, List<ProseFigure> figures,
        FigurePeriods dates, List<FigureLinker.Draft> drafts, List<Fact> facts, ConceptMap concepts, IReadOnlyDictionary<string, string>? segment)
    {
        var sentenceText = text[sentence.Start..sentence.End];
        var opening = sentenceText[..Math.Min(60, sentenceText.Length)];
        var yearOverYear = YearOverYear().IsMatch(sentenceText);
        var words = new FigureWords(sentence.Start);
        var subject = new SentenceSubject(sentence.Start);
        for (var i = 0; i < figures.Count; i++)
        {
            var (f, own) = words.Read(text, figures[i]);
            var (period, ownPeriod) = dates.For(i);
            var named = subject.Read(text, f);
            var measure = named.Measure;
            // "reflect 4,950,000 additional shares outstanding": the words after a share count say what the shares are.
            if (f.Unit == Unit.Shares && SharesNamed().Match(text, f.Span.End) is { Success: true } shares)
                measure = Whitespace.Collapse(shares.Groups["what"].ValueSpan).ToLowerInvariant();
            var partOf = PartOfPhrase.In(text[f.Span.End..Math.Min(sentence.End, f.Span.End + ProseWords.Window)]);
            if (partOf is not null && !f.IsChange) measure = "part of " + measure + " attributable to " + partOf;
            // "the company ended the first quarter with $6.5 billion of enterprise cash": what it held on the period's last day.
            if (period is Duration held && f.Unit == Unit.Usd && !f.IsChange && EndedWith().IsMatch(text.AsSpan(sentence.Start, f.Span.Start - sentence.Start)))
            {
                period = new Instant(held.End);
                if (HeldOf().Match(text, f.Span.End) is { Success: true } of) measure = ProseWords.Spaces().Replace(of.Groups["what"].Value, " ").ToLowerInvariant();
            }
            // A balance dated by the period it ends ("total deposits ... during the quarter ended June 30") is the balance on its last day;
            // an amount it changed by ("Dealers increased inventories by $1.3 billion during the first quarter") is the period's.
            if (period is Duration flow && BalanceMeasure.Is(measure) && !(f.IsChange && f.Unit == Unit.Usd)) period = new Instant(flow.End);
            // Under a heading that names a business line, a figure whose words name no qualifier of their own is that line's.
            var dimensions = named.Dimensions.Count == 0 && segment is not null ? segment : named.Dimensions;
            string? concept = null;
            if (partOf is null && dimensions.Count == 0 && !f.IsChange && f.Unit is Unit.Usd or Unit.UsdPerShare)
                concept = concepts.Find(measure, "", period is Instant ? StatementKind.BalanceSheet : StatementKind.IncomeStatement, f.Unit);
            drafts.Add(new FigureLinker.Draft(facts.Count, sentenceNo, f, named.Comparative, named.HasSubject, ownPeriod, f.IsChange && yearOverYear));
            facts.Add(new Fact
            {
                Origin = FactOrigin.Narrative,
                Label = measure,
                Measure = measure,
                Concept = concept,
                Value = f.Value,
                // "a net loss of $303,000" under an income-or-loss element is negative in XBRL.
                XbrlValue = concept is not null && LossWords().IsMatch(measure) && SignedElement().IsMatch(concept) ? -f.Value : null,
                Basis = named.Counterfactual ? FactBasis.NonGaap : ProseBasis.Of(own, opening),
                Unit = f.Unit,
                Decimals = f.Decimals,
                Period = period,
                Dimensions = dimensions,
                Span = new SourceSpan(block.Span.Start + f.Span.Start, f.Span.Length),
            });
        }
    }

    [GeneratedRegex(@"\byear[\s-]+over[\s-]+year\b|\bfrom\s+a\s+year\s+(ago|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOverYear();

    [GeneratedRegex(@"\G(?:\s+(?:million|billion))?\s+(?<what>(?:additional|new|treasury|restricted)\s+(?:common\s+)?shares(?:\s+(?:outstanding|issued|repurchased))?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharesNamed();

    [GeneratedRegex(@"\bended\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:quarter|year|period)\s+with\s+(?:approximately\s+|about\s+|nearly\s+)?\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndedWith();

    /// <summary>" billion of enterprise cash": what a held amount is, named after it.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:million|billion|thousand))?\s+of\s+(?<what>[A-Za-z][A-Za-z\s-]{2,40}?)(?=[,.;]|\s+(?:and|in|at|on|for|which)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldOf();

    [GeneratedRegex(@"\bloss(es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LossWords();

    [GeneratedRegex(@"IncomeLoss|ProfitLoss|EarningsPerShare")]
    private static partial Regex SignedElement();
}
