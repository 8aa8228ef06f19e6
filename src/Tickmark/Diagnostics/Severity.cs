namespace Tickmark.Diagnostics;

public enum Severity { Info, Warning, Error }
