using System.Buffers;

namespace Tickmark.Text;

/// <summary>
/// Runs of white space as one space: the same string as <c>Regex.Replace(text, @"\s+", " ")</c> (the regex's
/// <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>), without a regex and its list of every match. The prose
/// stages collapse the words around every figure, so this runs many times per sentence.
/// </summary>
public static class Whitespace
{
    /// <summary><c>\s+</c> replaced by one space; the same instance when there is nothing to replace.</summary>
    public static string Collapse(string text)
    {
        var first = FirstChange(text);
        return first < 0 ? text : Build(text, first);
    }

    /// <summary><c>\s+</c> replaced by one space, as a new string.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var first = FirstChange(text);
        return first < 0 ? new string(text) : Build(text, first);
    }

    /// <summary><c>Regex.Replace(text, @"\s+", " ").Trim()</c>: collapsing after trimming gives the same string.</summary>
    public static string Squeeze(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length == text.Length ? Collapse(text) : Collapse(trimmed);
    }

    /// <summary><c>Regex.Replace(text, @"\s+", " ").Trim()</c> of a span.</summary>
    public static string Squeeze(ReadOnlySpan<char> text) => Collapse(text.Trim());

    /// <summary>The first character the replacement changes: white space other than a single plain space.</summary>
    private static int FirstChange(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ') { if (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])) return i; }
            else if (char.IsWhiteSpace(c)) return i;
        }
        return -1;
    }

    private static string Build(ReadOnlySpan<char> s, int first)
    {
        char[]? rented = null;
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        s[..first].CopyTo(buffer);
        var n = first;
        for (var i = first; i < s.Length;)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                buffer[n++] = ' ';
                while (++i < s.Length && char.IsWhiteSpace(s[i])) { }
            }
            else buffer[n++] = s[i++];
        }
        var result = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }
}
