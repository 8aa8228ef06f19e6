namespace Tickmark.Lines;

/// <summary>Words of one line that sit together (separated from others by two or more spaces).</summary>
/// <param name="Text">The words, inner single spaces kept.</param>
/// <param name="Column">0-based column of the first character.</param>
/// <param name="Offset">0-based offset of the first character in the decoded text.</param>
public sealed record Phrase(string Text, int Column, int Offset)
{
    public int EndColumn => Column + Text.Length;
}
