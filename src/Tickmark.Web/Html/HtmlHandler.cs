using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Tickmark.Web.Html;

/// <summary>
/// Builds HTML from an interpolated string: the literal parts are the template, every value put in
/// a hole is HTML-encoded unless it is <see cref="Markup"/>. So a page cannot forget to encode.
/// Numbers and dates are formatted with the invariant culture.
/// </summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlHandler
{
    private readonly StringBuilder _sb;

    public HtmlHandler(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + 16 * formattedCount);

    public HtmlHandler(int literalLength, int formattedCount, HtmlBuilder builder) => _sb = builder.Buffer;

    public void AppendLiteral(string s) => _sb.Append(s);

    public void AppendFormatted(Markup markup) => _sb.Append(markup.Value);

    public void AppendFormatted(string? value) => _sb.Append(Encode(value));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        if (value is Markup markup) _sb.Append(markup.Value);
        else if (value is IFormattable f) _sb.Append(Encode(f.ToString(format, CultureInfo.InvariantCulture)));
        else _sb.Append(Encode(value?.ToString()));
    }

    internal Markup ToMarkup() => new(_sb.ToString());

    /// <summary>
    /// Escapes the five characters that can end text or a quoted attribute value (&amp; &lt; &gt; " ').
    /// Everything else, line breaks and non-ASCII letters included, stays as it is: pages are UTF-8.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
