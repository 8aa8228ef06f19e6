namespace Tickmark.Store.Reading;

/// <summary>A line item a company's tables print: its element (if known), a label it is printed under, and how many figures.</summary>
public sealed record LineItemSummary(string? Concept, string Label, int Figures);
