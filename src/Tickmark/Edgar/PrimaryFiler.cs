using System.Text.RegularExpressions;

namespace Tickmark.Edgar;

/// <summary>
/// Of a submission's filers (co-registrants file one 8-K together), the one the release is about:
/// the filer whose name, without "CO", "INC" and the like, the release text names most often.
/// </summary>
public static partial class PrimaryFiler
{
    public static SubmissionFiler? Choose(SubmissionHeader header, string releaseText)
    {
        if (header.Filers.Count <= 1) return header.Filers.FirstOrDefault();
        return header.Filers.MaxBy(f => Mentions(f.Name, releaseText));
    }

    private static int Mentions(string conformedName, string text)
    {
        var name = Suffix().Replace(conformedName, "").Trim().TrimEnd(',', '.', ' ');
        if (name.Length < 3) return 0;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return Regex.Matches(text, @"\b" + string.Join(@"\s+", words) + @"\b", RegexOptions.IgnoreCase).Count;
    }

    [GeneratedRegex(@"[\s,]+(CO|COS|CORP|CORPORATION|INC|INCORPORATED|LTD|LLC|LP|PLC|CO INC|COMPANY|/[A-Z]{2}/?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
