using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Narrative;

/// <summary>
/// What a prose figure measures, from the words of its clause: "total revenues for the fourth quarter of
/// 2006 were $" → "total revenues". Period words, verbs of reporting and change, and articles are cut from
/// both ends; at most the last eight words are kept.
/// </summary>
public static partial class MeasurePhrase
{
    /// <summary>The words before a figure, from <paramref name="from"/> (the figure before it, or the sentence start) and the last clause break.</summary>
    public static string Clause(string text, int from, int at)
    {
        // Matches enumerated over the span: neither the prefix nor a Match is allocated.
        var cut = 0;
        foreach (var m in ProseWords.ClauseBreak().EnumerateMatches(text.AsSpan(from, at - from))) cut = m.Index + m.Length;
        return Whitespace.Squeeze(text.AsSpan(from + cut, at - from - cut));
    }

    /// <summary>The measure a clause names; empty when it names none ("an increase of").</summary>
    public static string Of(string clause)
    {
        var m = MayNamePeriod(clause) ? ReplaceEach(PeriodWords(), clause, ' ') : clause;
        m = Whitespace.Squeeze(m);
        // "$0.01 per share, in the preceding quarter and a pro forma net loss of": with the period words gone, a clause break shows.
        var cut = 0;
        foreach (var b in ProseWords.ClauseBreak().EnumerateMatches(m)) cut = b.Index + b.Length;
        m = m[cut..];
        string previous;
        do
        {
            previous = m;
            m = RemoveFirst(Trailing(), m).Trim(Separators);
            m = RemoveFirst(MayReport(m) ? Leading() : LeadingWords(), m).Trim(Separators);
            // A bullet glyph printed against its text ("•Remaining Performance Obligations") is no part of the measure.
            m = RemoveFirst(PeriodLead(), m).Trim(SeparatorsAndQuotes);
        } while (m != previous);
        var words = m.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) words = words[^8..];
        var measure = string.Join(' ', words).ToLowerInvariant().Trim(CommaSpace);
        return ChangeOnly().IsMatch(measure) ? "" : measure;
    }

    /// <summary>
    /// <c>regex.Replace(text, "", 1)</c> (the first match, from the end for a right-to-left regex, cut out) without
    /// Replace's list of segments: the profile showed that list's copying in this loop.
    /// </summary>
    internal static string RemoveFirst(Regex regex, string text)
    {
        foreach (var m in regex.EnumerateMatches(text)) return m.Length == 0 ? text : text.Remove(m.Index, m.Length);
        return text;
    }

    /// <summary><c>regex.Replace(text, with.ToString())</c> for a regex whose matches are never empty, written into one buffer.</summary>
    internal static string ReplaceEach(Regex regex, string text, char with)
    {
        var e = regex.EnumerateMatches(text);
        if (!e.MoveNext()) return text;
        // Every match is at least one character and becomes one: the result is no longer than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var (n, from) = (0, 0);
        do
        {
            var m = e.Current;
            if (m.Length == 0) throw new InvalidOperationException("an empty match"); // not this method's kind of regex
            text.AsSpan(from, m.Index - from).CopyTo(buffer[n..]);
            n += m.Index - from;
            buffer[n++] = with;
            from = m.Index + m.Length;
        } while (e.MoveNext());
        text.AsSpan(from).CopyTo(buffer[n..]);
        n += text.Length - from;
        return new string(buffer[..n]);
    }

    /// <summary>
    /// False when <see cref="PeriodWords"/> cannot match: every branch has a digit or names a week, quarter, period,
    /// year or month. Most clauses ("net income was $") have none, and the regex cost as much as the rest of this
    /// stage. Text with a non-ASCII character is left to the regex (its case folding and \d reach beyond ASCII).
    /// </summary>
    internal static bool MayNamePeriod(string clause) =>
        !System.Text.Ascii.IsValid(clause) || clause.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || clause.AsSpan().IndexOfAny(PeriodNouns) >= 0;

    private static readonly System.Buffers.SearchValues<string> PeriodNouns =
        System.Buffers.SearchValues.Create(["week", "quarter", "period", "year", "month"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False when the last branch of <see cref="Leading"/> ("... reported") cannot match, so <see cref="LeadingWords"/>
    /// (the other branches) gives the same: that branch reads the whole clause character by character.
    /// </summary>
    internal static bool MayReport(string text) => !System.Text.Ascii.IsValid(text) || text.AsSpan().IndexOfAny(ReportVerbs) >= 0;

    private static readonly System.Buffers.SearchValues<string> ReportVerbs =
        System.Buffers.SearchValues.Create(["reported", "announced", "posted", "recorded", "recognized"], StringComparison.OrdinalIgnoreCase);

    // Built once: a params array per call showed in the profile (this runs for every prose figure).
    private static readonly char[] Separators = [' ', ',', ';'];
    private static readonly char[] SeparatorsAndQuotes = [' ', ',', ';', '-', '"', '\u201C', '\u201D', '`', '\'', '\u2022', '\u25CF', '\u25AA'];
    private static readonly char[] CommaSpace = [',', ' '];

    [GeneratedRegex(@"^(increase|decrease|decline|growth|rise|gain|drop|improvement|up|down|jump|reduction)s?$")]
    private static partial Regex ChangeOnly();

    private const string Month = @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
    private const string Year = @"(?:fiscal\s+)?(?:19|20)\d\d";
    private const string Order = @"(?:first|second|third|fourth|same|comparable|prior|previous|preceding|corresponding|current|latest|last|sequential|immediate(?:ly)?\s+prior|year[\s-]ago|prior[\s-]year|most\s+recent)";
    private const string Span = @"(?:\d{1,2}[\s-]+weeks?(?:\s+fiscal)?(?:\s+(?:quarter|period|year))?|quarter|period|year|fiscal\s+year|(?:three|six|nine|twelve|3|6|9|12)[\s-]+months?(?:\s+period)?)";
    /// <summary>"the quarter and six months ended March 31, 2007", "the first six months of fiscal 2006", "the same period a year ago".</summary>
    private const string SpanPhrase = @"(?:the\s+(?:end|start|beginning|close)\s+of\s+)?(?:the\s+)?(?:" + Order + @"[\s-]+)*(?:fiscal\s+)?" + Span + @"(?:\s+(?:and|or)\s+(?:the\s+)?(?:" + Order + @"[\s-]+)?" + Span + @")?"
        + @"(?:\s+(?:ended|ending)\s+" + Month + @"(?:\s+\d{1,2})?(?:,?\s+" + Year + @")?)?(?:\s+of\s+" + Year + @")?(?:\s+(?:a\s+)?(?:year\s+)?(?:ago|earlier))?(?:[\s-]end)?";

    /// <summary>Words that name a period, not what is measured: they are cut wherever they stand in the clause.</summary>
    [GeneratedRegex(@"\b(?:for|in|during|of|over|at|as\s+of|since)\s+" + SpanPhrase + @"(?![\w-])"
        + @"|\b(?:quarter|period|year|months?)\s+(?:ended|ending)\s+" + Month + @"(?:\s+\d{1,2})?(?:,?\s+" + Year + @")?"
        + @"|\b(?:ended|ending|at|as\s+of|on)\s+" + Month + @"\s+\d{1,2}(?:,?\s+" + Year + @")?"
        + @"|\b(?:first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+fiscal)?\s+(?:19|20)\d\d"
        + @"|\b(?:for|in)\s+" + Year + @"|\bfull[\s-]year\s+(?:19|20)\d\d|\b(?:for|in|during)\s+the\s+full[\s-]year\b"
        + @"|\b(?:on\s+a\s+)?trailing[\s-]+(?:twelve|12)[\s-]+months?(?:\s+basis)?\b|\b(?:over|for|in)\s+the\s+(?:last|past)\s+(?:twelve|12)\s+months\b"
        + @"|\byear[\s-]+to[\s-]+date\b,?|\byear[\s-]+over[\s-]+year\b|\b(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PeriodWords();

    /// <summary>
    /// A period adjective before the measure ("second-quarter revenue", "full-year revenue", "fourth quarter
    /// earnings", "Q4"), and what is left of the comparison before it ("the previous quarter and up",
    /// "year ago and", "quarter, GAAP earnings"): cut from the start of the measure.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:the\s+|a\s+)?(?:" + Order + @"[\s-]+)*(?:fiscal[\s-]+)?(?:quarter|period|year|fiscal[\s-]year|months?)(?:\s+(?:ago|earlier))?(?:\s+(?:and|or)\b|,|$)"
        + @"|(?:fiscal\s+)?(?:first|second|third|fourth|full|fiscal)[\s-](?:fiscal[\s-])?(?:quarter|year)(?=\s+\w)|q[1-4](?:\s+(?:and|or)\b)?(?=\s|$)|quarter-end,?|year-end,?|fiscal(?=\s+\w)|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex PeriodLead();

    [GeneratedRegex(@"(\s+|^)(\$|were|was|of|totaled|totalled|to|at|reached|increased|decreased|grew|grows?|rose|rises?|fell|falls?|declined|increasing|decreasing|growing|rising|falling|declining|jumped|jumps?|climbed|climbs?|surged|soared|gained|improved|dropped|over|more\s+than|almost|(?:would|could)\s+(?:otherwise\s+)?have\s+been|a\s+record|record|approximately|about|nearly|by|or|an?|the|is|are|had|has|have|up|down|higher|lower|represents?|representing)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)] // anchored at the end: read from the end
    internal static partial Regex Trailing();

    [GeneratedRegex(@"^(" + LeadingWordsPattern + @"|[\w\s.,&'()-:]*?\b(?:today\s+)?(?:reported|announced|posted|recorded|recognized)(?!\s+that\b))(\s+|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex Leading();

    /// <summary><see cref="Leading"/> without its last branch.</summary>
    [GeneratedRegex(@"^(" + LeadingWordsPattern + @")(\s+|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex LeadingWords();

    private const string LeadingWordsPattern = @"as\s+a\s+result,?|at\s+the\s+same\s+time,?|in\s+addition,?|additionally,?|however,?|overall,?|relative\s+to|million|billion|thousand|in|for|during|at|the|this|that|these|also|and|but|with|compared\s+to|compared\s+with|or|an?|today\s+reported\s+that|reported\s+that|said\s+that|(?:this|these\s+results|the\s+results|results|these\s+figures)\s+compares?\s+(?:to|with)|company\s+had|had|is|are|was|were|record|its|their|our|which|-|o|•";
}
