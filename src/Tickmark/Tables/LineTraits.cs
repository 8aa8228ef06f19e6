using System.Text.RegularExpressions;
using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>Small questions about a line that the table stages ask of it.</summary>
public static partial class LineTraits
{
    /// <summary>A line of running prose: long, without column gaps, beside another such line.</summary>
    public static bool IsProse(IReadOnlyList<ClassifiedLine> lines, int i)
    {
        if (!IsLongText(lines[i])) return false;
        return (i > 0 && IsLongText(lines[i - 1])) || (i + 1 < lines.Count && IsLongText(lines[i + 1]))
            || lines[i].Trimmed.Length >= 72;
    }

    /// <summary>The short last line of a paragraph ("embolic products were $7.92 million."), which is no table title.</summary>
    public static bool EndsParagraph(IReadOnlyList<ClassifiedLine> lines, int i) =>
        i > 0 && lines[i].Kind == LineKind.Text && lines[i].Phrases.Count == 1 && IsLongText(lines[i - 1])
        && lines[i].Trimmed.TrimEnd('"', '\u201D', ')').EndsWith('.');

    /// <summary>
    /// A sentence on a line of its own at the left margin ("ACME expects full-year 2007 revenue of $26
    /// million to $28 million."): a one-line paragraph, which is no table title. It ends with a full stop
    /// and most of its words not in capitals start in lower case, where a title's start in capitals
    /// ("Reconciliation of GAAP to Non-GAAP Measures."); a scale note ("Amounts in thousands, except per share data.") stays a title.
    /// </summary>
    public static bool IsLoneSentence(ClassifiedLine line)
    {
        if (line.Kind != LineKind.Text || line.Phrases.Count != 1 || line.Indent >= MaxProseIndent) return false;
        var text = line.Trimmed.TrimEnd('"', '\u201D');
        if (!text.EndsWith('.') || text.EndsWith("..", StringComparison.Ordinal) || text.StartsWith('(') || Units.ScaleNote.Factor(text) is not null) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        // Words in capitals ("FDA", "ACME") are names either way; of the others, a sentence has more in lower case.
        var cased = words.Where(w => w.Any(char.IsLower)).ToList();
        return words.Count >= MinSentenceWords && 2 * cased.Count(w => char.IsLower(w.First(char.IsLetter))) > cased.Count;
    }

    private const int MaxProseIndent = 12;
    private const int MinSentenceWords = 5;

    private static bool IsLongText(ClassifiedLine line) =>
        line.Kind == LineKind.Text && line.Phrases.Count == 1 && line.Trimmed.Length >= 55 && line.Indent < MaxProseIndent;

    /// <summary>A text line that names periods over columns ("Three Months Ended", "December 31,").</summary>
    /// <remarks>Such a line stands over the figures: indented far, or in several phrases; a wrapped
    /// label that mentions a date ("issued -- 13,577,000 at June 30, 2005") is not one.</remarks>
    public static bool IsColumnHeading(ClassifiedLine line) =>
        line.Kind == LineKind.Text && (line.Phrases.Count >= 2 || line.Indent >= 20) && PeriodWords().IsMatch(line.Text) && line.Trimmed.Length < 90;

    public static bool IsPeriodPhrase(string text) => PeriodWords().IsMatch(text);

    [GeneratedRegex(@"\b(months?|weeks?|quarters?|years?)\s+(ended|ending)\b|\bas of\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},|\bended\b|\bchange\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();
}
