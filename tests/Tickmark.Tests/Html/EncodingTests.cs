using System.Text;
using Tickmark.Extraction;
using Tickmark.Facts;

namespace Tickmark.Tests.Html;

/// <summary>HTML in the encodings releases come in: offsets count the characters of the decoded file, whatever its encoding and line breaks.</summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page = "<html><body>\r\n<p>STATEMENTS OF INCOME (in thousands)</p>\r\n<table>\r\n" +
        "<tr><td></td><td>Year Ended June 30, 2008</td><td>Year Ended June 30, 2007</td></tr>\r\n" +
        "<tr><td>Revenues</td><td>1,234</td><td>1,000</td></tr>\r\n" +
        "<tr><td>Impairment\u00A0charge</td><td>\u2014</td><td>5</td></tr>\r\n" +
        "<tr><td>Net income</td><td>(20)</td><td>10</td></tr>\r\n</table>\r\n</body></html>\r\n";

    private static ExtractionResult Read(byte[] bytes) => new Extractor().ExtractBytes("page.htm", bytes);

    private static void AssertRead(ExtractionResult r)
    {
        Assert.Equal("html", r.Format);
        var revenues = r.Facts.Single(f => f.Label == "Revenues" && f.Column == 0);
        Assert.Equal(1_234_000m, revenues.Value);
        Assert.Equal("1,234", r.Document.Slice(revenues.Span));
        var dash = r.Facts.Single(f => f.Label == "Impairment charge" && f.Column == 0);
        Assert.Equal(0m, dash.Value);
        Assert.Equal(-20_000m, r.Facts.Single(f => f.Label == "Net income" && f.Column == 0).Value);
        // Line and column count the file's own lines (CRLF kept).
        Assert.Equal(5, r.Document.Lines.PositionOf(revenues.Span.Start).Line);
    }

    [Fact]
    public void Utf8WithAByteOrderMark() => AssertRead(Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page)]));

    [Fact]
    public void Utf8WithoutAByteOrderMark() => AssertRead(Read(Encoding.UTF8.GetBytes(Page)));

    [Fact]
    public void Windows1252GuessedWhenTheBytesAreNotUtf8() => AssertRead(Read(Encoding.GetEncoding(1252).GetBytes(Page)));

    [Fact]
    public void Latin1DeclaredIsReadAsWindows1252AndNeverFails()
    {
        var page = Page.Replace("<html>", "<html><head><meta charset=\"iso-8859-1\"></head>").Replace("\u2014", "&#151;");
        AssertRead(Read(Encoding.Latin1.GetBytes(page)));
    }
}
