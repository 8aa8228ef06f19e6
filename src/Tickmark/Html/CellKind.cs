namespace Tickmark.Html;

/// <summary>What one table cell holds, seen on its own.</summary>
public enum CellKind
{
    Empty,
    /// <summary>A figure, a dash standing for nothing, or a placeholder such as "n/a".</summary>
    Number,
    /// <summary>A '$' or '(' printed in a cell of its own before its figure.</summary>
    Prefix,
    /// <summary>A ')' or '%' printed in a cell of its own after its figure.</summary>
    Suffix,
    Text,
}
