namespace Tickmark.Periods;

/// <summary>
/// What one column of a table holds: figures for a <see cref="Period"/>, or a change between two
/// other columns (<see cref="ChangeOf"/> names the column it describes).
/// </summary>
public sealed record ColumnPeriod(Period? Period, string Heading, bool IsChange = false, int? ChangeOf = null);
