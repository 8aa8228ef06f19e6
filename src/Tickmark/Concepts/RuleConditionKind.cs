namespace Tickmark.Concepts;

/// <summary>Where a rule condition looks: the table's title, the rows above, the rows below, the year of the table's latest period.</summary>
public enum RuleConditionKind { Title, After, Before, YearFrom }
