using Tickmark.Text;

namespace Tickmark.Lines;

/// <summary>One line of the document with its kind and, for data lines, its label and figures.</summary>
public sealed class ClassifiedLine
{
    /// <summary>Position in the line view being read.</summary>
    public required int Index { get; init; }
    /// <summary>0-based line of the document (differs from <see cref="Index"/> in a collapsed view).</summary>
    public int SourceLine { get; init; } = -1;
    public required int Offset { get; init; }
    public required string Text { get; init; }
    public required LineKind Kind { get; init; }
    public int Indent { get; init; }
    /// <summary>Label text at the left of a data line, or the whole trimmed text of a text line.</summary>
    public string Label { get => _label ??= Text.Trim(); init => _label = value; }
    private string? _label;
    public SourceSpan LabelSpan { get; init; }
    public IReadOnlyList<NumericCell> Cells { get; init; } = [];
    /// <summary>The line's phrases, split when first asked for: most lines are prose and never are.</summary>
    public IReadOnlyList<Phrase> Phrases => _phrases ??= LineClassifier.SplitPhrases(Text, Offset);
    private IReadOnlyList<Phrase>? _phrases;
    public string Trimmed => Text.Trim();
    public int LineNumber => (SourceLine >= 0 ? SourceLine : Index) + 1;
    public bool IsTableEndTag => Kind == LineKind.Tag && Text.Contains("</TABLE", StringComparison.OrdinalIgnoreCase);
    public bool IsPageTag => Kind == LineKind.Tag && Text.Contains("<PAGE", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{LineNumber} {Kind}: {Text}";
}
