using System.Text.RegularExpressions;
using Tickmark.Text;

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
        var text = Whitespace.Collapse(releaseText);
        return header.Filers.MaxBy(f => Mentions(f.Name, text));
    }

    /// <summary>Whole-word mentions of the name in <paramref name="text"/> (white space already single spaces).</summary>
    private static int Mentions(string conformedName, string text)
    {
        var name = Whitespace.Squeeze(Suffix().Replace(conformedName, "")).TrimEnd(',', '.', ' ');
        if (name.Length < 3) return 0;
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) count++;
        }
        return count;
    }

    [GeneratedRegex(@"[\s,]+(CO|COS|CORP|CORPORATION|INC|INCORPORATED|LTD|LLC|LP|PLC|CO INC|COMPANY|/[A-Z]{2}/?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
