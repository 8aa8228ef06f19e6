namespace Tickmark.Concepts;

/// <summary>XBRL period type: a balance at one instant or a flow over a duration.</summary>
public enum ElementPeriodType { Instant, Duration }
