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
                // A page's furniture ("(more)", "Page 4", "2"): what stands above it is the page before.
                if (PageMark().IsMatch(line)) { stop = true; break; }
                var isNote = ScaleNote.Factor(line) is not null && line.Length <= 250;
                if ((line.Length > MaxTitleLength && !isNote) || FootnoteMark().IsMatch(line) || (IsSentence(line) && !isNote)) { stop = true; break; }
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

    /// <summary>A sentence of prose, not a title: it ends with a full stop and runs on, or runs to many words.</summary>
    private static bool IsSentence(string line) =>
        (line.EndsWith('.') && line.Length > 60) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 16;

    [GeneratedRegex(@"^(\(more\)|-?\s*more\s*-?|page\s+\d+(\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMark();

    /// <summary>"(1) ...", "* ...", "(a) ...": a note to the table above, not a title.</summary>
    [GeneratedRegex(@"^(\(\s*[0-9a-z]{1,2}\s*\)|\*+|\[\d+\])\s")]
    private static partial Regex FootnoteMark();
}
