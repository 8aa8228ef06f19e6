namespace Tickmark.Lines;

/// <summary>
/// The lines the table stages read. Most documents are read as they are; a double-spaced
/// document (a blank line after every line) is read with those interleaved blanks taken out, so
/// that wrapped labels and headings keep together. Each line keeps its document line number.
/// </summary>
public static class LineView
{
    public static IReadOnlyList<ClassifiedLine> Of(IReadOnlyList<ClassifiedLine> lines)
    {
        if (!IsDoubleSpaced(lines)) return lines;
        var view = new List<ClassifiedLine>(lines.Count / 2 + 1);
        var k = 0;
        while (k < lines.Count)
        {
            if (lines[k].Kind != LineKind.Blank) { Add(view, lines[k]); k++; continue; }
            var run = k;
            while (k < lines.Count && lines[k].Kind == LineKind.Blank) k++;
            // One blank between lines is the spacing; three stand for one blank line of the original.
            for (var b = 0; b < (k - run - 1) / 2; b++) Add(view, lines[run + b]);
        }
        return view;
    }

    private static void Add(List<ClassifiedLine> view, ClassifiedLine line)
    {
        view.Add(new ClassifiedLine
        {
            Index = view.Count, SourceLine = line.LineNumber - 1, Offset = line.Offset, Text = line.Text, Kind = line.Kind,
            Indent = line.Indent, Label = line.Label, LabelSpan = line.LabelSpan, Cells = line.Cells,
        });
    }

    /// <summary>Nearly every non-blank line is followed by exactly one blank line and then another non-blank line.</summary>
    private static bool IsDoubleSpaced(IReadOnlyList<ClassifiedLine> lines)
    {
        int nonBlank = 0, adjacent = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            nonBlank++;
            if (lines[i + 1].Kind != LineKind.Blank) adjacent++;
        }
        return nonBlank >= 12 && adjacent < nonBlank / 10;
    }
}
