using Tickmark.Lines;

namespace Tickmark.Html;

/// <summary>A figure of a row and the logical columns [<see cref="Col"/>, <see cref="EndCol"/>) its cell covers.</summary>
public sealed record PlacedFigure(NumericCell Cell, int Col, int EndCol, HtmlCell Source)
{
    /// <summary>The last column the figure's cell covers: figures are right-aligned, so this is where columns line up.</summary>
    public int Anchor => EndCol - 1;
}
