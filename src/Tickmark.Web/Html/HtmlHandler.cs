using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

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

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : HtmlEncoder.Default.Encode(text);
}
