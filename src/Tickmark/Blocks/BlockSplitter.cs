using System.Text.RegularExpressions;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Blocks;

/// <summary>
/// Splits a plain-text release into blocks: tables where the table stage found them, and between
/// them runs of non-blank lines classed as headline, dateline, heading, bullet or paragraph.
/// </summary>
public static partial class BlockSplitter
{
    public static IReadOnlyList<Block> Split(SourceDocument doc, IReadOnlyList<ClassifiedLine> lines, IReadOnlyList<TableRegion> tables)
    {
        var inTable = new int[lines.Count];
        Array.Fill(inTable, -1);
        for (var t = 0; t < tables.Count; t++)
            for (var k = tables[t].HeaderStart; k <= tables[t].BodyEnd; k++) inTable[k] = t;

        var blocks = new List<Block>();
        var seenDateline = false;
        var k0 = 0;
        while (k0 < lines.Count)
        {
            if (inTable[k0] >= 0)
            {
                var region = tables[inTable[k0]];
                blocks.Add(Make(lines, BlockKind.Table, region.HeaderStart, region.BodyEnd));
                k0 = region.BodyEnd + 1;
                continue;
            }
            if (lines[k0].Kind is LineKind.Blank or LineKind.Tag) { k0++; continue; }
            var first = k0;
            while (k0 + 1 < lines.Count && inTable[k0 + 1] < 0 && lines[k0 + 1].Kind is not (LineKind.Blank or LineKind.Tag)
                   && !IsBulletStart(lines[k0 + 1].Trimmed))
                k0++;
            var last = k0;
            var text = string.Join(" ", Enumerable.Range(first, last - first + 1).Select(i => lines[i].Trimmed));
            BlockKind kind;
            if (!seenDateline && (Dateline().IsMatch(text) || CityDateDateline.IsMatch(text))) { kind = BlockKind.Dateline; seenDateline = true; }
            else if (IsBulletStart(lines[first].Trimmed)) kind = BlockKind.Bullet;
            else if (!seenDateline && last - first < 4 && text.Length < 300 && !Boilerplate().IsMatch(text)) kind = BlockKind.Headline;
            else if (last == first && text.Length < 70 && !text.EndsWith('.')) kind = BlockKind.Heading;
            else kind = BlockKind.Paragraph;
            blocks.Add(Make(lines, kind, first, last));
            k0++;
        }
        return blocks;
    }

    /// <summary>A line that opens a release: "ROCKLAND, Mass.--(BUSINESS WIRE)--Jan. 31, 2007--".</summary>
    public static bool IsDateline(string text) => Dateline().IsMatch(text);

    /// <summary>Lines above a headline that are not it: "Exhibit 99.1", "FOR IMMEDIATE RELEASE", contacts.</summary>
    public static bool IsBoilerplate(string text) => Boilerplate().IsMatch(text);

    private static Block Make(IReadOnlyList<ClassifiedLine> lines, BlockKind kind, int first, int last)
    {
        var start = lines[first].Offset;
        var end = lines[last].Offset + lines[last].Text.Length;
        return new Block(kind, SourceSpan.FromBounds(start, end), lines[first].LineNumber - 1, lines[last].LineNumber - 1);
    }

    private static bool IsBulletStart(string trimmed) =>
        trimmed.StartsWith("-- ") || trimmed.StartsWith("--  ") || trimmed.StartsWith("* ") || trimmed.StartsWith("\u2022") || trimmed.StartsWith("o  ") || trimmed.StartsWith("- ");

    /// <summary>Lines above a headline that are not it: "Exhibit 99.1", "FOR IMMEDIATE RELEASE", contacts.</summary>
    [GeneratedRegex(@"^(exhibit|ex-99|for immediate release|news release|press release|((media|investor|investor\s+relations|press)\s+)?contacts?:|page \d|\(more\)|news\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    /// <summary>"ROCKLAND, Mass.--(BUSINESS WIRE)--Jan. 31, 2007--" or "SAN JOSE, Calif., April 21 /PRNewswire/ --".</summary>
    [GeneratedRegex(@"--\s*\((BUSINESS\s+WIRE|PR\s*NEWSWIRE|PRIMEZONE|MARKET\s*WIRE|GLOBE\s*NEWSWIRE)[^)]*\)\s*--|/\s*PR\s*Newswire[^/]*/|/\s*(FIRST\s*CALL|Business\s*Wire)[^/]*/", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();
}
