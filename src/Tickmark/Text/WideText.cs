using System.Text;

namespace Tickmark.Text;

/// <summary>
/// UTF-16 and UTF-32 text: told by its byte order mark, or without one by where its NUL bytes
/// fall (the ASCII characters of a release leave one NUL byte in two, or three in four, always
/// at the same place). Decoding is strict: a file that is neither stays binary.
/// </summary>
public static class WideText
{
    /// <summary>One wide encoding and the length of its byte order mark (0 when there is none).</summary>
    public sealed record Form(string Name, Encoding Encoding, int Bom);

    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>The wide encoding of <paramref name="bytes"/>, or null when they are not UTF-16 or UTF-32.</summary>
    public static Form? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return new("utf-32le", Utf32Le, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return new("utf-32be", Utf32Be, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new("utf-16le", Utf16Le, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new("utf-16be", Utf16Be, 2);
        return ByNuls(bytes);
    }

    /// <summary>Without a BOM: nearly every byte at one or three positions of each group is NUL and nearly none elsewhere.</summary>
    private static Form? ByNuls(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~3)];
        if (sample.Length < 8) return null;
        Span<int> zeros = stackalloc int[4];
        for (var i = 0; i < sample.Length; i++) if (sample[i] == 0) zeros[i & 3]++;
        var quarter = sample.Length / 4;
        bool Mostly(int n) => n >= quarter * 9 / 10;
        bool Rarely(int n) => n <= quarter / 10;
        if (bytes.Length % 4 == 0)
        {
            if (Rarely(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2]) && Mostly(zeros[3])) return new("utf-32le", Utf32Le, 0);
            if (Mostly(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2]) && Rarely(zeros[3])) return new("utf-32be", Utf32Be, 0);
        }
        if (bytes.Length % 2 == 0)
        {
            if (Rarely(zeros[0]) && Rarely(zeros[2]) && Mostly(zeros[1]) && Mostly(zeros[3])) return new("utf-16le", Utf16Le, 0);
            if (Mostly(zeros[0]) && Mostly(zeros[2]) && Rarely(zeros[1]) && Rarely(zeros[3])) return new("utf-16be", Utf16Be, 0);
        }
        return null;
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, Form form, out string text)
    {
        try
        {
            text = form.Encoding.GetString(bytes[form.Bom..]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>NULs, or many control characters, in the decoded text: binary after all.</summary>
    public static bool HasControlCharacters(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        return control > sample.Length / 20;
    }
}
