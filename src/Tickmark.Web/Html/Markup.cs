namespace Tickmark.Web.Html;

/// <summary>
/// A piece of HTML that is already safe: built by <see cref="HtmlBuilder"/> (which encodes every
/// value it is given) or from a constant. Only markup is written into a page unencoded.
/// </summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value ?? "";
}
