using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Disclosures;
using Tickmark.Text;

namespace Tickmark.Calls;

/// <summary>
/// Finds the conference call a release announces and reads it. The announcement is the first
/// prose block that speaks of a call or webcast and gives a time or a number to dial, with the
/// blocks right after it that go on about the replay, dial-ins or webcast. Each sentence is read
/// for what it holds: a sentence about the replay gives the replay's numbers, code and window;
/// any other gives the live call's. A time printed without a zone takes the zone of the other
/// times of the announcement.
/// </summary>
public static partial class ConferenceCallReader
{
    /// <summary>How many blocks after the first an announcement may run on.</summary>
    private const int MaxFollowingBlocks = 3;

    /// <summary>The call announced in the prose, spans in <paramref name="text"/>; null when none is.</summary>
    public static ConferenceCall? Read(string text, IReadOnlyList<Block> blocks, DateOnly? releaseDate)
    {
        var region = Region(text, blocks);
        if (region.Count == 0) return null;
        var sentences = region.SelectMany(b => Sentences.Split(text, b.Span)).ToList();
        var regionText = string.Join(" ", region.Select(b => text.Substring(b.Span.Start, b.Span.Length)));
        var zones = CallTimeReader.ZonesIn(regionText).ToList();
        var zoneOfAnnouncement = zones.Count > 0 ? zones[0] : null;

        var numbers = new List<DialIn>();
        string? code = null, replayCode = null, url = null, untilText = null;
        CallTime? start = null, from = null, until = null;
        var webcast = false;
        foreach (var s in sentences)
        {
            var sentence = text.Substring(s.Start, s.Length);
            var replay = ReplayWords().IsMatch(sentence);
            numbers.AddRange(Phones(sentence, s.Start, replay ? DialInUse.Replay : DialInUse.Live));
            if (AccessCode().Match(sentence) is { Success: true } c)
            {
                if (replay) replayCode ??= c.Groups["code"].Value;
                else code ??= c.Groups["code"].Value;
            }
            if (WebcastWords().IsMatch(sentence)) webcast = true;
            url ??= Url().Match(sentence) is { Success: true } u ? u.Value.TrimEnd('.', ',', ';', ')') : null;
            if (replay)
            {
                if (from is null && until is null && untilText is null) (from, until, untilText) = Window(sentence, releaseDate, zoneOfAnnouncement);
            }
            else if (start is null && CallTimeReader.FirstTime(sentence) is { } t)
                start = Moment(t, CallTimeReader.DateIn(sentence, releaseDate), zoneOfAnnouncement);
        }
        // A call that names no date is held on the release's own day only when it says "today"; otherwise the date stays unknown.
        return new ConferenceCall
        {
            Start = start,
            Numbers = numbers,
            AccessCode = code,
            ReplayAccessCode = replayCode,
            Webcast = webcast,
            WebcastUrl = url,
            ReplayFrom = from,
            ReplayUntil = until,
            ReplayUntilText = untilText,
            Span = SourceSpan.FromBounds(region[0].Span.Start, region[^1].Span.End),
        };
    }

    private static List<Block> Region(string text, IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind is BlockKind.Table or BlockKind.Headline) continue;
            var t = text.Substring(b.Span.Start, b.Span.Length);
            if (!CallWords().IsMatch(t) || !(CallTimeReader.FirstTime(t) is not null || Phone().IsMatch(t))) continue;
            var region = new List<Block> { b };
            for (var k = i + 1; k < blocks.Count && k <= i + MaxFollowingBlocks; k++)
            {
                var next = blocks[k];
                if (next.Kind is BlockKind.Table or BlockKind.Heading or BlockKind.Headline) break;
                var nt = text.Substring(next.Span.Start, next.Span.Length);
                if (!(ReplayWords().IsMatch(nt) || AccessCode().IsMatch(nt) || WebcastWords().IsMatch(nt) && Phone().IsMatch(nt))) break;
                region.Add(next);
            }
            return region;
        }
        return [];
    }

    private static CallTime Moment((TimeOnly Time, string? Zone) t, DateOnly? date, string? zoneOfAnnouncement) =>
        t.Zone is not null ? new CallTime(date, t.Time, t.Zone) : new CallTime(date, t.Time, zoneOfAnnouncement, zoneOfAnnouncement is not null);

    /// <summary>"from 2:00 p.m. ET today through 2:00 p.m. on August 9, 2007"; "until ..." in words; "for approximately two weeks".</summary>
    private static (CallTime? From, CallTime? Until, string? UntilText) Window(string sentence, DateOnly? releaseDate, string? zone)
    {
        var m = UntilWord().Match(sentence);
        var before = m.Success ? sentence[..m.Index] : sentence;
        var after = m.Success ? sentence[(m.Index + m.Length)..] : "";
        CallTime? from = null, until = null;
        if (FromWord().Match(before) is { Success: true } f && CallTimeReader.FirstTime(before[f.Index..]) is { } ft)
            from = Moment(ft, CallTimeReader.DateIn(before[f.Index..], releaseDate), zone);
        var untilDate = m.Success ? CallTimeReader.DateIn(after, releaseDate) : null;
        var untilTime = m.Success ? CallTimeReader.FirstTime(after) : null;
        if (untilDate is not null || untilTime is not null)
            until = untilTime is { } ut ? Moment(ut, untilDate, from?.Zone ?? zone) : new CallTime(untilDate, null, null);
        string? words = null;
        if (until is null && m.Success) words = Sentences.Squeeze(m.Value + after).TrimEnd('.');
        else if (until is null && ForPeriod().Match(sentence) is { Success: true } p) words = Sentences.Squeeze(p.Value).TrimEnd('.');
        return (from, until, words);
    }

    private static IEnumerable<DialIn> Phones(string sentence, int offset, DialInUse use)
    {
        var matches = Phone().Matches(sentence);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var tailEnd = i + 1 < matches.Count ? matches[i + 1].Index : Math.Min(sentence.Length, m.Index + m.Length + 40);
            var tail = sentence[(m.Index + m.Length)..tailEnd];
            var note = International().IsMatch(tail) ? "international" : null;
            yield return new DialIn(Sentences.Squeeze(m.Value), use, note, new SourceSpan(offset + m.Index, m.Length));
        }
    }

    [GeneratedRegex(@"\b(conference\s+call|earnings\s+call|teleconference|web\s*cast|conference\s+ID|call\s+(will|to)\s+(be\s+held|discuss))", RegexOptions.IgnoreCase)]
    private static partial Regex CallWords();

    [GeneratedRegex(@"\b(replay|rebroadcast|archived?|recording|recorded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReplayWords();

    [GeneratedRegex(@"\b(web\s*cast|live\s+stream(ing)?|listen\s+live|audio\s+stream)", RegexOptions.IgnoreCase)]
    private static partial Regex WebcastWords();

    [GeneratedRegex(@"(?<![\d-])(?:\+?1[-. ])?(?:\(\d{3}\)\s*|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d-])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:conference\s+(?:ID|code|number)|access\s+code|pass\s*code|participant\s+code|confirmation\s+(?:code|number)|reservation\s+number|replay\s+(?:ID|code)|PIN|ID)(?:\s+(?:is|number|of))?\s*[:#]?\s*#?(?<code>\d[\d-]{2,}\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccessCode();

    [GeneratedRegex(@"\b(https?://[^\s<>""]+|www\.[^\s<>""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b(through|until|till|thru)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();

    [GeneratedRegex(@"\b(from|beginning|starting|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromWord();

    [GeneratedRegex(@"\bfor\s+(approximately\s+|about\s+|at\s+least\s+)?(one|two|three|four|five|six|seven|ten|thirty|\d+)\s+(days?|weeks?|months?)(\s+(thereafter|after\s+the\s+call|following\s+the\s+call))?", RegexOptions.IgnoreCase)]
    private static partial Regex ForPeriod();

    [GeneratedRegex(@"\b(international|outside\s+(of\s+)?(the\s+)?(U\.S\.|United States|US|North America))", RegexOptions.IgnoreCase)]
    private static partial Regex International();
}
