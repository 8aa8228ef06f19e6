namespace Tickmark.Concepts;

/// <summary>
/// How a row's printed figures become the element's XBRL value: by the element's balance and the
/// statement (<see cref="Auto"/>), as printed (a label such as "Income tax (benefit)" that already
/// names the sign), or turned around (a label naming the opposite of the element, "Benefit from income taxes").
/// </summary>
public enum SignRule { Auto, AsPrinted, Negate }
