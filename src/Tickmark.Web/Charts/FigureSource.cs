namespace Tickmark.Web.Charts;

/// <summary>Where a figure is printed: the release (store id and file name), the fact's index in it, and its 1-based line and column.</summary>
public sealed record FigureSource(long ReleaseId, string ReleaseName, int FactIndex, int Line, int Column, decimal Value)
{
    /// <summary>"000_dda0085de8f3cca4.txt 297:34"</summary>
    public string Where => $"{ReleaseName} {Line}:{Column}";
}
