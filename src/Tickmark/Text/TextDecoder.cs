using System.Security.Cryptography;
using System.Text;

namespace Tickmark.Text;

/// <summary>
/// Turns a file's bytes into the text every later stage reads: UTF-8 (with or without BOM),
/// UTF-16 or UTF-32 (told by the BOM, or without one by the NUL bytes of their ASCII characters),
/// or, when the bytes are not valid UTF-8, Windows-1252; line breaks made '\n'; tabs expanded to
/// 8-column stops so that space-aligned tables stay aligned; form feeds made spaces.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> and normalizes the text for the plain-text stages; a failure (binary content) is a value, not an exception.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var raw = DecodeRaw(bytes);
        return raw.Success ? DecodeResult.Ok(Normalize(raw.Text), raw.Encoding) : raw;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> to characters only, without touching line breaks, tabs or form
    /// feeds: the text an HTML release's offsets count in.
    /// </summary>
    public static DecodeResult DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return DecodeResult.Fail("the file is empty");
        if (WideText.Detect(bytes) is { } wide)
        {
            if (!WideText.TryDecode(bytes, wide, out var text)) return DecodeResult.Fail($"the file is binary, not text (not valid {wide.Name})");
            if (WideText.HasControlCharacters(text)) return DecodeResult.Fail("the file is binary, not text");
            if (string.IsNullOrWhiteSpace(text)) return DecodeResult.Fail("the file holds only white space");
            return DecodeResult.Ok(text, wide.Name);
        }
        if (LooksBinary(bytes)) return DecodeResult.Fail("the file is binary, not text");

        string raw;
        string encoding;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            raw = Encoding.UTF8.GetString(bytes[3..]);
            encoding = "utf-8-bom";
        }
        else
        {
            try
            {
                raw = StrictUtf8.GetString(bytes);
                encoding = "utf-8";
            }
            catch (DecoderFallbackException)
            {
                raw = Encoding.GetEncoding(1252).GetString(bytes);
                encoding = "windows-1252";
            }
        }
        if (string.IsNullOrWhiteSpace(raw)) return DecodeResult.Fail("the file holds only white space");
        return DecodeResult.Ok(raw, encoding);
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>NUL bytes, or many control characters, mean this is not a text document.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control > sample.Length / 20;
    }

    /// <summary>Line breaks made '\n', tabs expanded to 8-column stops, form feeds and no-break spaces made spaces.</summary>
    public static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length + raw.Length / 16);
        var column = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                    sb.Append('\n');
                    column = 0;
                    break;
                case '\n':
                    sb.Append('\n');
                    column = 0;
                    break;
                case '\t':
                    var pad = 8 - column % 8;
                    sb.Append(' ', pad);
                    column += pad;
                    break;
                case '\f':
                case '\v':
                    sb.Append(' ');
                    column++;
                    break;
                case '\u00A0':
                    sb.Append(' ');
                    column++;
                    break;
                default:
                    sb.Append(c);
                    column++;
                    break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>The outcome of decoding: text, or the reason there is none.</summary>
public readonly record struct DecodeResult(bool Success, string Text, string Encoding, string? Error)
{
    public static DecodeResult Ok(string text, string encoding) => new(true, text, encoding, null);
    public static DecodeResult Fail(string error) => new(false, "", "", error);
}
