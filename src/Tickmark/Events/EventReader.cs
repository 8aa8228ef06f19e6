using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Disclosures;
using Tickmark.Text;

namespace Tickmark.Events;

/// <summary>
/// Reads the events a release reports. Every bullet of the release's highlights is an event,
/// except one that reports the period's figures ("Total revenues of $5.64 million, an increase of
/// 28%"), whose later sentences are still read for events ("...is finalizing a plan to phase out
/// this business"); a bullet indented under another belongs to it. In paragraphs only the rules
/// strong enough for any sentence count (a dividend declared, an authorization approved, an FDA
/// clearance). The blocks given are the release's own: its cautionary language and "About" text
/// are left out by the caller.
/// </summary>
public static partial class EventReader
{
    public static IReadOnlyList<ReleaseEvent> Read(string text, IReadOnlyList<Block> blocks)
    {
        var events = new List<ReleaseEvent>();
        var lastBulletIndent = -1;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Bullet)
            {
                var indent = Indent(text, block.Span.Start);
                if (lastBulletIndent >= 0 && indent > lastBulletIndent && events.Count > 0 && events[^1].Span.End <= block.Span.Start
                    && IsJustBefore(text, events[^1].Span.End, block.Span.Start))
                {
                    events[^1] = Extend(text, events[^1], block.Span); // a sub-bullet: part of the event above it
                    continue;
                }
                lastBulletIndent = indent;
                events.AddRange(FromBullet(text, block.Span));
            }
            else if (block.Kind == BlockKind.Paragraph)
            {
                lastBulletIndent = -1;
                var sentences = Sentences.Split(text, block.Span);
                for (var i = 0; i < sentences.Count; i++)
                {
                    if (KindOf(text.Substring(sentences[i].Start, sentences[i].Length), paragraph: true) is not { } kind) continue;
                    var last = i;
                    // "This dividend will be paid to stockholders of record ...": the next sentence goes on about the same event.
                    while (last + 1 < sentences.Count && Continues().IsMatch(text.Substring(sentences[last + 1].Start, sentences[last + 1].Length))) last++;
                    events.Add(Make(text, kind, SourceSpan.FromBounds(sentences[i].Start, sentences[last].End)));
                    i = last;
                }
            }
            else if (block.Kind != BlockKind.Heading) lastBulletIndent = -1;
        }
        return events;
    }

    private static IEnumerable<ReleaseEvent> FromBullet(string text, SourceSpan bullet)
    {
        var sentences = Sentences.Split(text, bullet);
        var first = text.Substring(sentences[0].Start, sentences[0].Length);
        var firstKind = KindOf(first, paragraph: true);
        if (firstKind is null && IsResults(first))
        {
            foreach (var s in sentences.Skip(1))
                if (KindOf(text.Substring(s.Start, s.Length), paragraph: false) is { } kind) yield return Make(text, kind, s);
            yield break;
        }
        yield return Make(text, firstKind ?? KindOf(text.Substring(bullet.Start, bullet.Length), paragraph: false) ?? EventKind.Other, bullet);
    }

    private static EventKind? KindOf(string sentence, bool paragraph)
    {
        foreach (var rule in EventRules.All)
            if ((rule.InParagraphs || !paragraph) && rule.Words.IsMatch(sentence)) return rule.Kind;
        return null;
    }

    /// <summary>A bullet that reports the period's figures: an amount and a measure of results.</summary>
    private static bool IsResults(string sentence) =>
        ResultWords().IsMatch(sentence) && AmountReader.Read(sentence).Count > 0;

    private static ReleaseEvent Make(string text, EventKind kind, SourceSpan span)
    {
        var raw = text.Substring(span.Start, span.Length);
        var words = Sentences.Squeeze(BulletMark().Replace(raw, ""));
        return new ReleaseEvent(kind, words, span)
        {
            Regulator = EventDetails.RegulatorOf(words),
            Markets = EventDetails.MarketsOf(words),
            Names = EventDetails.NamesIn(words),
            Amounts = AmountReader.Read(raw, span.Start),
            Dates = EventDetails.DatesIn(words),
        };
    }

    private static ReleaseEvent Extend(string text, ReleaseEvent e, SourceSpan more)
    {
        var span = SourceSpan.FromBounds(e.Span.Start, more.End);
        var extended = Make(text, e.Kind, span);
        return extended;
    }

    private static int Indent(string text, int start)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i - lineStart;
    }

    private static bool IsJustBefore(string text, int end, int start) => text[end..start].All(char.IsWhiteSpace);

    [GeneratedRegex(@"\b(sales|revenues?|income|margins?|earnings|EPS|cash\s+flow|bookings|orders|backlog|net\s+loss|expenses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWords();

    [GeneratedRegex(@"^(This|The|Such)\s+(dividend|repurchase|buyback|program|authorization|acquisition|transaction|merger|offering|notes|appointment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continues();

    [GeneratedRegex(@"^\s*(--|\*|\u2022|o\s|-)\s*")]
    private static partial Regex BulletMark();
}
