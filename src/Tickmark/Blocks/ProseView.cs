using Tickmark.Text;

namespace Tickmark.Blocks;

/// <summary>
/// The release's prose as the narrative and particulars stages read it: a plain-text
/// <see cref="View"/> split into <see cref="Blocks"/> (spans in the view), and the way back from a
/// span of the view to the span of the document it was read from. For a plain-text release the
/// view is the document itself; for HTML it is the text of the release's paragraphs.
/// </summary>
public sealed class ProseView
{
    private readonly Func<SourceSpan, SourceSpan> _toSource;

    public ProseView(SourceDocument view, IReadOnlyList<Block> blocks, Func<SourceSpan, SourceSpan> toSource)
    {
        View = view;
        Blocks = blocks;
        _toSource = toSource;
    }

    public SourceDocument View { get; }
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The span of the source document that a span of the view was read from.</summary>
    public SourceSpan ToSource(SourceSpan viewSpan) => _toSource(viewSpan);

    public static ProseView Identity(SourceDocument doc, IReadOnlyList<Block> blocks) => new(doc, blocks, s => s);
}
