namespace Tickmark.Concepts;

/// <summary>The XBRL item type of an element, as far as a release's figures need it.</summary>
public enum ElementItemType { Monetary, PerShare, Shares, Pure }
