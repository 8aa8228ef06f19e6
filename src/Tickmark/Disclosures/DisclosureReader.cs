using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Calls;
using Tickmark.Cautionary;
using Tickmark.Events;
using Tickmark.Extraction;
using Tickmark.Guidance;
using Tickmark.Releases;
using Tickmark.Text;

namespace Tickmark.Disclosures;

/// <summary>
/// Runs the readers of what a release says besides its figures over each part's prose, in order:
/// the cautionary section first (its bullets are risk factors, not events), then the call, the
/// events of the release's own text (neither the cautionary section nor the "About" text), and the
/// outlook. Spans come back in the source document; the first part that has a call or a
/// cautionary section gives it.
/// </summary>
public static partial class DisclosureReader
{
    /// <summary>What the parts say besides their figures; the periods the tables print place the outlook on the fiscal calendar.</summary>
    public static ReleaseDisclosures Read(IEnumerable<DocumentPart> parts, ReleaseInfo release, IReadOnlyList<Periods.Period>? tablePeriods = null)
    {
        ConferenceCall? call = null;
        CautionarySection? cautionary = null;
        var events = new List<ReleaseEvent>();
        var guidance = new List<GuidanceFigure>();
        foreach (var part in parts)
        {
            var text = part.Prose.View.Text;
            var blocks = part.Prose.Blocks;
            var caution = CautionaryReader.Read(text, blocks);
            var own = OwnBlocks(text, blocks, caution?.Span);
            call ??= ConferenceCallReader.Read(text, own, release.Date) is { } c ? ToSource(c, part.Prose) : null;
            if (cautionary is null && caution is not null) cautionary = ToSource(caution, part.Prose);
            events.AddRange(EventReader.Read(text, own).Select(e => ToSource(e, part.Prose)));
            guidance.AddRange(GuidanceReader.Read(text, own, release, tablePeriods).Select(g => ToSource(g, part.Prose)));
        }
        return new ReleaseDisclosures { Call = call, Events = events, Guidance = guidance, Cautionary = cautionary };
    }

    /// <summary>The blocks of the release's own text: not the cautionary section, not an "About the company" section.</summary>
    private static List<Block> OwnBlocks(string text, IReadOnlyList<Block> blocks, SourceSpan? cautionary)
    {
        var own = new List<Block>();
        var inAbout = false;
        foreach (var b in blocks)
        {
            if (cautionary is { } c && c.Overlaps(b.Span)) { inAbout = false; continue; }
            var t = text.Substring(b.Span.Start, b.Span.Length);
            if (b.Kind is BlockKind.Heading or BlockKind.Paragraph && t.Length < 80 && About().IsMatch(t)) { inAbout = true; continue; }
            if (b.Kind is BlockKind.Heading or BlockKind.Table or BlockKind.Headline) inAbout = false;
            if (!inAbout) own.Add(b);
        }
        return own;
    }

    private static ConferenceCall ToSource(ConferenceCall c, ProseView p) => c with
    {
        Span = p.ToSource(c.Span),
        Numbers = c.Numbers.Select(n => n with { Span = p.ToSource(n.Span) }).ToList(),
    };

    private static CautionarySection ToSource(CautionarySection s, ProseView p) =>
        new(p.ToSource(s.Span), s.Items.Select(i => i with { Span = p.ToSource(i.Span) }).ToList());

    private static ReleaseEvent ToSource(ReleaseEvent e, ProseView p) => e with
    {
        Span = p.ToSource(e.Span),
        Amounts = e.Amounts.Select(a => a with { Span = p.ToSource(a.Span) }).ToList(),
    };

    private static GuidanceFigure ToSource(GuidanceFigure g, ProseView p) => g with
    {
        Span = p.ToSource(g.Span),
        Sentence = p.ToSource(g.Sentence),
        Numbers = g.Numbers.Select(n => n with { Span = p.ToSource(n.Span) }).ToList(),
    };

    [GeneratedRegex(@"^\s*About\s+[A-Z]")]
    private static partial Regex About();
}
