using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// Text read out of HTML with, for each character, where it came from in the document text:
/// <see cref="Starts"/>[i] is the offset of the source of character i (the '&amp;' of a reference,
/// the '&lt;' of a &lt;br&gt;) and <see cref="Ends"/>[i] the offset just past it.
/// </summary>
public sealed class MappedText
{
    public MappedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        Starts = starts;
        Ends = ends;
    }

    public static readonly MappedText Empty = new("", [], []);

    public string Text { get; }
    public int[] Starts { get; }
    public int[] Ends { get; }
    public int Length => Text.Length;

    /// <summary>The document span covering characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public SourceSpan SourceOf(int start, int length)
    {
        if (Text.Length == 0) return default;
        if (length <= 0) return new SourceSpan(Starts[Math.Min(start, Text.Length - 1)], 0);
        var s = Starts[start];
        var e = Math.Max(s, Ends[start + length - 1]);
        return SourceSpan.FromBounds(s, e);
    }

    public SourceSpan Source => SourceOf(0, Text.Length);

    public override string ToString() => Text;
}
