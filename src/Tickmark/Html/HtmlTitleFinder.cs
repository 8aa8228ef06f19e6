using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Html;

/// <summary>
/// The title lines a table has outside itself: the short lines of the blocks just above it
/// ("Apple Inc.", "CONDENSED CONSOLIDATED BALANCE SHEETS", "(in millions)") back to the previous
/// table, a paragraph of prose or a note of the table before; and a scale note printed under the table.
/// </summary>
public static partial class HtmlTitleFinder
{
    private const int MaxLines = 6;
    private const int MaxTitleLength = 150;

    public static List<string> Above(IReadOnlyList<HtmlBlock> blocks, int table)
    {
        var lines = new List<string>();
        for (var b = table - 1; b >= 0 && lines.Count < MaxLines; b--)
        {
            var block = blocks[b];
            if (block.Kind != HtmlBlockKind.Text) break;
            var own = block.Lines().Select(l => l.Line).ToList();
            var stop = false;
            for (var k = own.Count - 1; k >= 0 && lines.Count < MaxLines; k--)
            {
                var line = own[k];
                var isNote = ScaleNote.Factor(line) is not null && line.Length <= 250;
                if ((line.Length > MaxTitleLength && !isNote) || FootnoteMark().IsMatch(line)) { stop = true; break; }
                lines.Insert(0, line);
            }
            if (stop) break;
        }
        return lines;
    }

    /// <summary>A scale note in the short lines of the blocks right after a table ("Amounts in thousands").</summary>
    public static string? NoteBelow(IReadOnlyList<HtmlBlock> blocks, int table)
    {
        for (var b = table + 1; b < blocks.Count && b <= table + 2; b++)
        {
            if (blocks[b].Kind != HtmlBlockKind.Text) break;
            foreach (var (line, _) in blocks[b].Lines())
                if (line.Length <= MaxTitleLength && ScaleNote.Factor(line) is not null) return line;
        }
        return null;
    }

    /// <summary>"(1) ...", "* ...", "(a) ...": a note to the table above, not a title.</summary>
    [GeneratedRegex(@"^(\(\s*[0-9a-z]{1,2}\s*\)|\*+|\[\d+\])\s")]
    private static partial Regex FootnoteMark();
}
