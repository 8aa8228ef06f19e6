namespace Tickmark.Concepts;

/// <summary>XBRL balance attribute of a monetary element; None for per-share figures and counts.</summary>
public enum ElementBalance { None, Debit, Credit }
