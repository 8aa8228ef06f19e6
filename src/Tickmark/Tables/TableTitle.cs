using System.Text.RegularExpressions;

namespace Tickmark.Tables;

/// <summary>A table's own title: its title lines after any page furniture above it ("HRZB-EPS Up 29% YTD" / "January 19, 2006" / "Page 3").</summary>
public static partial class TableTitle
{
    public static string Own(IReadOnlyList<string> titleLines) => string.Join(" ", OwnLines(titleLines));

    /// <summary>The title lines after the last piece of page furniture.</summary>
    public static IReadOnlyList<string> OwnLines(IReadOnlyList<string> titleLines)
    {
        var start = 0;
        for (var i = 0; i < titleLines.Count; i++)
            if (PageMark().IsMatch(titleLines[i].Trim())) start = i + 1;
        return start == 0 ? titleLines : titleLines.Skip(start).ToList();
    }

    [GeneratedRegex(@"^(\(more\)|-?\s*more\s*-?|page\s+\d+(\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMark();
}
