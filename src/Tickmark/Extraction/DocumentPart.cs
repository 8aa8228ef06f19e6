using Tickmark.Blocks;
using Tickmark.Diagnostics;
using Tickmark.Tables;

namespace Tickmark.Extraction;

/// <summary>
/// What the format-specific stages read from one part of a release (a text document, an HTML
/// document, one document of a submission): its tables as grids, its prose, and its blocks. All
/// spans are spans of the source document.
/// </summary>
public sealed record DocumentPart(IReadOnlyList<TableGrid> Grids, ProseView Prose, IReadOnlyList<Block> Blocks)
{
    /// <summary>What the part's own stages said of the source as a whole (nesting flattened).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
