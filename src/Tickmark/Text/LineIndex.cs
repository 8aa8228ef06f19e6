namespace Tickmark.Text;

/// <summary>
/// The start offset of every line of a text, built once, so that any offset maps to a line and
/// column in O(log n). Lines end at '\n'; a '\r' before it belongs to the line break.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _starts;
    private readonly string _text;

    public LineIndex(string text)
    {
        _text = text;
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        _starts = starts.ToArray();
    }

    public int LineCount => _starts.Length;

    /// <summary>Offset of the first character of 0-based line <paramref name="line"/>.</summary>
    public int LineStart(int line) => _starts[line];

    /// <summary>Length of 0-based line <paramref name="line"/> without its line break.</summary>
    public int LineLength(int line)
    {
        var end = line + 1 < _starts.Length ? _starts[line + 1] - 1 : _text.Length;
        if (end > _starts[line] && _text[end - 1] == '\r') end--;
        return end - _starts[line];
    }

    /// <summary>0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>1-based line and column of <paramref name="offset"/>.</summary>
    public LinePosition PositionOf(int offset)
    {
        var line = LineOf(offset);
        return new LinePosition(line + 1, offset - _starts[line] + 1);
    }
}
