using Tickmark.Lines;

namespace Tickmark.Tables;

/// <summary>
/// Finds the tables among classified lines. A table's body runs from one data line to the last
/// data line that follows with only headings, wrapped labels, rules and short gaps between; its
/// heading is what stands above the body up to prose, a page break or a wide gap.
/// </summary>
public static class TableLocator
{
    private const int MaxGapBlankLines = 3;
    private const int MaxTextLinesBetweenRows = 12;
    private const int MaxHeaderLines = 25;

    public static IReadOnlyList<TableRegion> Locate(IReadOnlyList<ClassifiedLine> lines)
    {
        var regions = new List<TableRegion>();
        var previousEnd = -1;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind != LineKind.Data) { i++; continue; }
            var bodyEnd = FindBodyEnd(lines, i);
            var headerStart = FindHeaderStart(lines, i, previousEnd);
            var bodyStart = FindBodyStart(lines, headerStart, i);
            regions.Add(new TableRegion(headerStart, bodyStart, bodyEnd) { FirstLine = lines[bodyStart].LineNumber, LastLine = lines[bodyEnd].LineNumber });
            previousEnd = bodyEnd;
            i = bodyEnd + 1;
        }
        return regions;
    }

    private static int FindBodyEnd(IReadOnlyList<ClassifiedLine> lines, int first)
    {
        var last = first;
        var blanks = 0;
        var texts = 0;
        var figures = FirstFigureColumn(lines[first]);
        for (var k = first + 1; k < lines.Count; k++)
        {
            var line = lines[k];
            switch (line.Kind)
            {
                case LineKind.Data:
                    last = k; blanks = 0; texts = 0;
                    figures = Math.Min(figures, FirstFigureColumn(line));
                    continue;
                case LineKind.Blank:
                    if (++blanks >= MaxGapBlankLines) return Extend(lines, last);
                    continue;
                case LineKind.Tag:
                    if (line.IsTableEndTag || line.IsPageTag) return Extend(lines, last);
                    continue;
                case LineKind.YearHeader:
                    return Extend(lines, last);
                case LineKind.Rule:
                    blanks = 0;
                    continue;
                default:
                    if (LineTraits.IsProse(lines, k) || LineTraits.IsColumnHeading(line) || IsHeadingOverFigures(line, figures) || ++texts > MaxTextLinesBetweenRows)
                        return Extend(lines, last);
                    blanks = 0;
                    continue;
            }
        }
        return Extend(lines, last);
    }

    private static int FirstFigureColumn(ClassifiedLine line) => line.Cells.Count > 0 ? line.Cells.Min(c => c.OuterColumn) : int.MaxValue;

    /// <summary>
    /// Words in two or more phrases, all standing over the figures ("Retail &amp;   Credit &amp;   Corporate &amp;"):
    /// the column headings of a new table, not a wrapped label or a section heading, which start at the left.
    /// </summary>
    private static bool IsHeadingOverFigures(ClassifiedLine line, int figures) =>
        line.Kind == LineKind.Text && line.Phrases.Count >= 2 && figures < int.MaxValue && line.Phrases[0].Column >= figures - 2;

    /// <summary>Rules right under the last row (a total's '====') still belong to the table.</summary>
    private static int Extend(IReadOnlyList<ClassifiedLine> lines, int last)
    {
        while (last + 1 < lines.Count && lines[last + 1].Kind == LineKind.Rule) last++;
        return last;
    }

    private static int FindHeaderStart(IReadOnlyList<ClassifiedLine> lines, int first, int previousEnd)
    {
        var top = first;
        var blanks = 0;
        for (var k = first - 1; k > previousEnd && first - k <= MaxHeaderLines; k--)
        {
            var line = lines[k];
            if (line.Kind == LineKind.Data) break;
            if (line.Kind == LineKind.Blank)
            {
                if (++blanks >= MaxGapBlankLines) break;
                continue;
            }
            blanks = 0;
            if (line.IsTableEndTag || line.IsPageTag) break;
            if (line.Kind == LineKind.Text && (LineTraits.IsProse(lines, k) || LineTraits.EndsParagraph(lines, k) || LineTraits.IsLoneSentence(line))) break;
            top = k;
        }
        return top;
    }

    /// <summary>
    /// Headings such as "ASSETS" or "Revenues:" that stand below the last column heading line
    /// belong to the body, not the heading.
    /// </summary>
    private static int FindBodyStart(IReadOnlyList<ClassifiedLine> lines, int headerStart, int first)
    {
        var start = first;
        for (var k = first - 1; k >= headerStart; k--)
        {
            var line = lines[k];
            if (line.Kind == LineKind.Blank || (line.Kind == LineKind.Tag && !line.IsTableEndTag && !line.IsPageTag && !line.Text.Contains("<TABLE", StringComparison.OrdinalIgnoreCase))) continue;
            if (line.Kind != LineKind.Text || line.Phrases.Count != 1 || LineTraits.IsColumnHeading(line)) break;
            if (line.Indent > lines[first].Indent + 30) break;
            start = k;
        }
        // Only when something above is a real column heading; otherwise keep the lines as title.
        var hasHeading = false;
        for (var k = headerStart; k < start; k++)
            if (lines[k].Kind is LineKind.Rule or LineKind.YearHeader || LineTraits.IsColumnHeading(lines[k])
                || IsHeadingOverFigures(lines[k], FirstFigureColumn(lines[first]))) hasHeading = true;
        return hasHeading ? start : first;
    }
}
