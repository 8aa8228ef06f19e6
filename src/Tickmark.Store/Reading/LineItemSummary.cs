namespace Tickmark.Store.Reading;

/// <summary>A line item a company's tables print: its element (if known), a label it is printed under, how many figures, and their basis ("gaap" or "non-gaap").</summary>
public sealed record LineItemSummary(string? Concept, string Label, int Figures, string Basis = "gaap");
