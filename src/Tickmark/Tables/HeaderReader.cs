using System.Text.RegularExpressions;
using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>
/// Reads the lines above a table's body into column headings and title lines. A phrase that
/// starts over the figures belongs to the columns it covers; a grouping rule under a phrase
/// ("------------------  -------------------") says exactly which columns it spans. Phrases at
/// the left, over the labels, are title text.
/// </summary>
public static partial class HeaderReader
{
    private const int Margin = 4;

    public static (IReadOnlyList<ColumnHeading> Headings, IReadOnlyList<string> Title) Read(
        IReadOnlyList<ClassifiedLine> lines, TableRegion region, IReadOnlyList<GridColumn> columns)
    {
        var parts = new List<string>[columns.Count];
        for (var j = 0; j < parts.Length; j++) parts[j] = [];
        var title = new List<string>();
        if (columns.Count == 0) return ([], title);
        var zoneStart = columns.Min(c => c.OuterStart);
        // A phrase that starts at the labels' margin is the table's title even when it runs on over the
        // figures ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003" above "2004  2003").
        var labelMargin = Enumerable.Range(region.BodyStart, region.BodyEnd - region.BodyStart + 1)
            .Where(k => lines[k].Kind == LineKind.Data && lines[k].Label.Length > 0).Select(k => lines[k].Indent).DefaultIfEmpty(-1).Min();

        for (var k = region.HeaderStart; k < region.BodyStart; k++)
        {
            var line = lines[k];
            if (line.Kind is LineKind.Blank or LineKind.Tag or LineKind.Rule) continue;
            var lineTitle = new List<string>();
            var grouping = GroupingRuleBelow(lines, k, region.BodyStart, columns);
            foreach (var whole in line.Phrases)
            {
                if ((whole.Column < zoneStart - Margin && (whole.Column <= labelMargin || !MostlyOverColumns(whole, zoneStart))) || IsCentredTitle(whole, columns) || ExhibitMark().IsMatch(whole.Text))
                {
                    lineTitle.Add(whole.Text);
                    continue;
                }
                foreach (var phrase in SplitUnits(whole))
                    foreach (var j in ColumnsUnder(phrase, columns, grouping))
                        parts[j].Add(phrase.Text);
            }
            if (lineTitle.Count > 0) title.Add(string.Join(" ", lineTitle));
        }
        var headings = new ColumnHeading[columns.Count];
        for (var j = 0; j < columns.Count; j++)
            headings[j] = new ColumnHeading(j, string.Join(" ", parts[j]));
        return (headings, title);
    }

    /// <summary>A title centred over a narrow table stands over three or more columns and names no period.</summary>
    private static bool IsCentredTitle(Phrase phrase, IReadOnlyList<GridColumn> columns) =>
        !LineTraits.IsPeriodPhrase(phrase.Text) && columns.Count(c => c.Overlap(phrase.Column, phrase.EndColumn, 0) > 0) >= 3;

    /// <summary>A date heading that starts a little left of the figures but stands mostly over them ("December 31, 2005").</summary>
    private static bool MostlyOverColumns(Phrase phrase, int zoneStart) =>
        LineTraits.IsPeriodPhrase(phrase.Text)
        && (phrase.EndColumn - zoneStart >= 0.6 * phrase.Text.Length || (phrase.Text.Length <= 24 && phrase.EndColumn > zoneStart + 2));

    private static IEnumerable<int> ColumnsUnder(Phrase phrase, IReadOnlyList<GridColumn> columns, IReadOnlyList<Phrase>? grouping)
    {
        if (grouping is not null)
        {
            Phrase? segment = null;
            var most = 0;
            foreach (var s in grouping)
            {
                var overlap = Math.Min(s.EndColumn, phrase.EndColumn) - Math.Max(s.Column, phrase.Column);
                if (overlap > most) { most = overlap; segment = s; }
            }
            if (segment is not null)
            {
                var under = columns.Where(c => c.Center >= segment.Column - 1 && c.Center <= segment.EndColumn + 1).Select(c => c.Index).ToList();
                if (under.Count > 0) return under;
            }
        }
        // Columns the phrase stands over; a one-character margin only when it stands over none.
        var covered = columns.Where(c => c.Overlap(phrase.Column, phrase.EndColumn, 0) > 0).Select(c => c.Index).ToList();
        if (covered.Count == 0) covered = columns.Where(c => c.Overlap(phrase.Column, phrase.EndColumn) > 0).Select(c => c.Index).ToList();
        if (covered.Count > 0) return covered;
        var nearest = columns.MinBy(c => c.Distance(phrase.Column, phrase.EndColumn))!;
        return nearest.Distance(phrase.Column, phrase.EndColumn) <= 8 ? [nearest.Index] : [];
    }

    /// <summary>
    /// The first rule below line <paramref name="k"/> in the heading, if it groups columns: fewer
    /// segments than columns, at least one segment spanning two or more columns.
    /// </summary>
    private static IReadOnlyList<Phrase>? GroupingRuleBelow(IReadOnlyList<ClassifiedLine> lines, int k, int end, IReadOnlyList<GridColumn> columns)
    {
        for (var r = k + 1; r < end; r++)
        {
            if (lines[r].Kind != LineKind.Rule) continue;
            var segments = lines[r].Phrases.SelectMany(p => SplitRule(p)).ToList();
            var zoneStart = columns.Min(c => c.OuterStart);
            // A rule that starts over the labels runs under the whole table; it groups nothing.
            segments = segments.Where(s => s.Column >= zoneStart - 2 * Margin).ToList();
            if (segments.Count == 0 || segments.Count >= columns.Count) return null;
            var spans = segments.Any(s => columns.Count(c => c.Center >= s.Column - 1 && c.Center <= s.EndColumn + 1) >= 2);
            return spans ? segments : null;
        }
        return null;
    }

    /// <summary>"-------- ---------" printed with one space between is two segments.</summary>
    private static IEnumerable<Phrase> SplitRule(Phrase p)
    {
        var start = 0;
        for (var i = 0; i <= p.Text.Length; i++)
        {
            if (i < p.Text.Length && p.Text[i] != ' ') continue;
            if (i > start) yield return new Phrase(p.Text[start..i], p.Column + start, p.Offset + start);
            start = i + 1;
        }
    }

    /// <summary>
    /// "September 30, December 31," or "2006 2005" printed with single spaces are several column
    /// headings; split them where a new month name or year begins.
    /// </summary>
    private static IEnumerable<Phrase> SplitUnits(Phrase p)
    {
        {
            // "2003 Change" printed with one space: a year's column, then the change column beside it.
            if (YearThenChange().Match(p.Text) is { Success: true } yc)
            {
                var at = yc.Groups["c"].Index;
                yield return new Phrase(p.Text[..at].TrimEnd(), p.Column, p.Offset);
                yield return new Phrase(p.Text[at..], p.Column + at, p.Offset + at);
                yield break;
            }
            var starts = UnitStart().Matches(p.Text).Select(m => m.Index).ToList();
            var onlyYears = YearsOnly().IsMatch(p.Text);
            if (!onlyYears && starts.Count < 2)
            {
                yield return p;
                yield break;
            }
            if (onlyYears) starts = YearStart().Matches(p.Text).Select(m => m.Index).ToList();
            if (starts[0] != 0) starts.Insert(0, 0);
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : p.Text.Length;
                var text = p.Text[starts[i]..end].TrimEnd();
                if (text.Length > 0) yield return new Phrase(text, p.Column + starts[i], p.Offset + starts[i]);
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitStart();

    [GeneratedRegex(@"^\s*(19|20)\d\d(\s+(19|20)\d\d)+\s*$")]
    private static partial Regex YearsOnly();

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex YearStart();

    [GeneratedRegex(@"^(19|20)\d\d\s+(?<c>(%\s*)?(change|chg\.?|variance|increase|decrease|inc\.?\s*/?\s*\(?dec)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearThenChange();

    /// <summary>"Exhibit 99.03" printed at the top right of an exhibit's page: not a column heading.</summary>
    [GeneratedRegex(@"^exhibit\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex ExhibitMark();
}
