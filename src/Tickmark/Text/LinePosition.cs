namespace Tickmark.Text;

/// <summary>A 1-based line and 1-based column, as an editor shows them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
