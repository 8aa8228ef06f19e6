using System.Text;

namespace Tickmark.Cli;

/// <summary>Plain aligned columns for listings: text left-aligned, two spaces between columns.</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string> headings, IReadOnlyList<string[]> rows, ISet<int>? rightAligned = null)
    {
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            sb.AppendLine(string.Join("  ", cells.Select((c, i) => rightAligned?.Contains(i) == true ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        Line(headings);
        foreach (var r in rows) Line(r);
        return sb.ToString();
    }
}
