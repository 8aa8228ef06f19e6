namespace Tickmark.Html;

/// <summary>Builds a <see cref="MappedText"/> one character at a time.</summary>
public sealed class MappedTextBuilder
{
    private readonly System.Text.StringBuilder _text;
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    public MappedTextBuilder(int capacity = 64)
    {
        _text = new System.Text.StringBuilder(capacity);
        _starts = new List<int>(capacity);
        _ends = new List<int>(capacity);
    }

    public int Length => _text.Length;

    public char this[int i] => _text[i];

    public void Append(char c, int start, int end)
    {
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    public void Append(MappedText text)
    {
        for (var i = 0; i < text.Length; i++) Append(text.Text[i], text.Starts[i], text.Ends[i]);
    }

    /// <summary>Appends characters that stand for no source text (a line break between blocks), placed at <paramref name="at"/>.</summary>
    public void AppendSynthetic(string s, int at)
    {
        foreach (var c in s) Append(c, at, at);
    }

    public int LastEnd => _ends.Count > 0 ? _ends[^1] : 0;

    public void TrimEnd()
    {
        var n = _text.Length;
        while (n > 0 && char.IsWhiteSpace(_text[n - 1])) n--;
        Truncate(n);
    }

    public void Clear()
    {
        _text.Clear();
        _starts.Clear();
        _ends.Clear();
    }

    public void Truncate(int length)
    {
        if (length >= _text.Length) return;
        _text.Length = length;
        _starts.RemoveRange(length, _starts.Count - length);
        _ends.RemoveRange(length, _ends.Count - length);
    }

    public MappedText Build() => _text.Length == 0 ? MappedText.Empty : new MappedText(_text.ToString(), [.. _starts], [.. _ends]);
}
