namespace Tickmark.Concepts;

/// <summary>Where a rule condition looks: the table's title, the rows above, the rows below.</summary>
public enum RuleConditionKind { Title, After, Before }
