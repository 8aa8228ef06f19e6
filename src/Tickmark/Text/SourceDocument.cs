namespace Tickmark.Text;

/// <summary>A decoded document: its text, where it came from, and its line index.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, string text, string sha256)
    {
        Path = path;
        Text = text;
        Sha256 = sha256;
        Lines = new LineIndex(text);
    }

    public string Path { get; }
    public string Text { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes as read.</summary>
    public string Sha256 { get; }
    public LineIndex Lines { get; }

    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text of 0-based line <paramref name="line"/>, without its line break.</summary>
    public string Line(int line) => Text.Substring(Lines.LineStart(line), Lines.LineLength(line));

    public static SourceDocument FromText(string text, string path = "<memory>") =>
        new(path, text, TextDecoder.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(text)));
}
