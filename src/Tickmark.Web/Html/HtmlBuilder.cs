using System.Runtime.CompilerServices;
using System.Text;

namespace Tickmark.Web.Html;

/// <summary>
/// Accumulates a page or a fragment. <see cref="Add(ref HtmlHandler)"/> takes an interpolated string
/// whose holes are encoded (see <see cref="HtmlHandler"/>); <see cref="Text"/> adds encoded text.
/// </summary>
public sealed class HtmlBuilder
{
    internal StringBuilder Buffer { get; } = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    public HtmlBuilder Add(Markup markup)
    {
        Buffer.Append(markup.Value);
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        Buffer.Append(HtmlHandler.Encode(text));
        return this;
    }

    public Markup ToMarkup() => new(Buffer.ToString());

    public override string ToString() => Buffer.ToString();

    /// <summary>An interpolated fragment as markup, its holes encoded: <c>HtmlBuilder.Of($"&lt;b&gt;{name}&lt;/b&gt;")</c>.</summary>
    public static Markup Of(ref HtmlHandler html) => html.ToMarkup();
}
