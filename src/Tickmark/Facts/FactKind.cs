namespace Tickmark.Facts;

/// <summary>
/// What a figure states: <see cref="Actual"/> for a reported figure of a period, <see cref="Guidance"/>
/// for a figure of the company's outlook for a future period (never a reported figure).
/// </summary>
public enum FactKind { Actual, Guidance }
