using Tickmark.Text;

namespace Tickmark.Blocks;

/// <summary>A block of the release: lines <see cref="FirstLine"/> through <see cref="LastLine"/> (0-based, inclusive).</summary>
public sealed record Block(BlockKind Kind, SourceSpan Span, int FirstLine, int LastLine);
