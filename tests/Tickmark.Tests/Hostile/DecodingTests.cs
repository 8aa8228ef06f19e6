using System.Text;
using Tickmark.Extraction;
using Tickmark.Text;

namespace Tickmark.Tests.Hostile;

/// <summary>UTF-16 and UTF-32, with or without a byte order mark, are text; offsets count the decoded characters.</summary>
public sealed class DecodingTests
{
    private static readonly Extractor Extractor = new();

    public static TheoryData<string, bool> Encodings => new()
    {
        { "utf-16le", true }, { "utf-16le", false }, { "utf-16be", true }, { "utf-16be", false },
        { "utf-32le", true }, { "utf-32le", false }, { "utf-32be", true }, { "utf-32be", false },
    };

    private static Encoding Named(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(false, true),
        "utf-16be" => new UnicodeEncoding(true, true),
        "utf-32le" => new UTF32Encoding(false, true),
        _ => new UTF32Encoding(true, true),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void WideTextIsDecodedLikeUtf8(string encoding, bool bom)
    {
        var text = HostileInputs.TextRelease();
        var e = Named(encoding);
        var bytes = (bom ? e.GetPreamble() : []).Concat(e.GetBytes(text)).ToArray();
        var decoded = TextDecoder.DecodeRaw(bytes);
        Assert.True(decoded.Success, decoded.Error);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(text, decoded.Text);

        var wide = Extractor.ExtractBytes("wide.txt", bytes);
        var narrow = Extractor.ExtractBytes("narrow.txt", Encoding.UTF8.GetBytes(text));
        Assert.NotEmpty(narrow.Facts);
        Assert.Equal(narrow.Facts.Select(f => (f.Value, f.Span)), wide.Facts.Select(f => (f.Value, f.Span)));
    }

    [Fact]
    public void WideHtmlSpansCountDecodedCharacters()
    {
        var html = HostileInputs.HtmlRelease();
        var bytes = new UnicodeEncoding(false, false).GetBytes(html);
        var result = Extractor.ExtractBytes("wide.htm", bytes);
        var revenue = Assert.Single(result.Facts, f => f.Label == "Revenues" && f.Value == 1_234_000m);
        Assert.Equal("1,234", html.Substring(revenue.Span.Start, revenue.Span.Length));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 })] // a lone high surrogate
    [InlineData(new byte[] { 0xFF, 0xFE, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0 })] // control characters
    public void BinaryStaysBinary(byte[] bytes)
    {
        var decoded = TextDecoder.DecodeRaw(bytes);
        Assert.False(decoded.Success);
        Assert.StartsWith("the file is binary", decoded.Error);
    }
}
