namespace Tickmark.Tables;

/// <summary>The heading words over one column, read top to bottom and joined ("Three Months Ended December 31, 2006").</summary>
public sealed record ColumnHeading(int Column, string Text);
