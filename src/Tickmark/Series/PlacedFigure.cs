namespace Tickmark.Series;

/// <summary>An observation with its place in the company's fiscal calendar.</summary>
public sealed record PlacedFigure(FiscalSlot Slot, Observation Source);
