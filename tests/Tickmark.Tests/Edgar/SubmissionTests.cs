using Tickmark.Concepts;
using Tickmark.Edgar;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Tests.Support;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Tests.Edgar;

/// <summary>Whole EDGAR submission files: the header into the release's particulars, the release found among the documents.</summary>
public class SubmissionTests
{
    private const string Header = """
        <SEC-DOCUMENT>0000012345-09-000001.txt : 20090129
        <SEC-HEADER>0000012345-09-000001.hdr.sgml : 20090129
        ACCESSION NUMBER:		0000012345-09-000001
        CONFORMED SUBMISSION TYPE:	8-K
        PUBLIC DOCUMENT COUNT:		4
        CONFORMED PERIOD OF REPORT:	20090128
        FILED AS OF DATE:		20090129

        FILER:

        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			ACME WIDGET SUBSIDIARY INC
        		CENTRAL INDEX KEY:			0000099999
        		STANDARD INDUSTRIAL CLASSIFICATION:	MISCELLANEOUS MANUFACTURING INDUSTRIES [3990]

        FILER:

        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			ACME WIDGETS CORP
        		CENTRAL INDEX KEY:			0000012345
        		STANDARD INDUSTRIAL CLASSIFICATION:	MISCELLANEOUS MANUFACTURING INDUSTRIES [3990]
        </SEC-HEADER>
        """;

    private const string Cover = """
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <FILENAME>form8k.txt
        <TEXT>
                                   UNITED STATES
                        SECURITIES AND EXCHANGE COMMISSION
        Commission File Number 001-12345        IRS Employer No.  12-3456789
        Item 2.02 Results of Operations and Financial Condition
        </TEXT>
        </DOCUMENT>
        """;

    private const string Release = """
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>ex991.htm
        <TEXT>
        <html><body>
        <p>Acme Widgets Reports Fourth Quarter Results</p>
        <p>SPRINGFIELD, Ill.--(BUSINESS WIRE)--Jan. 28, 2009--Acme Widgets Corp. (NYSE: ACW) today reported fourth quarter revenue of $12.3 million.</p>
        <p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands, except per share data)</p>
        <table>
        <tr><td></td><td colspan="2">Three Months Ended December 31,</td></tr>
        <tr><td></td><td>2008</td><td>2007</td></tr>
        <tr><td>Revenues</td><td>$ 12,345</td><td>$ 10,001</td></tr>
        <tr><td>Net income (loss)</td><td>(1,234)</td><td>567</td></tr>
        </table>
        </body></html>
        </TEXT>
        </DOCUMENT>
        """;

    private const string Statements = """
        <DOCUMENT>
        <TYPE>EX-99.2
        <SEQUENCE>3
        <FILENAME>ex992.txt
        <TEXT>
                              ACME WIDGETS CORP
                       CONSOLIDATED BALANCE SHEETS
                              (in thousands)

                                        December 31,   December 31,
                                            2008           2007
                                        ------------   ------------
        Cash and cash equivalents        $    4,321     $    3,210
        Total assets                     $   98,765     $   87,654
        </TEXT>
        </DOCUMENT>
        """;

    private const string Graphic = """
        <DOCUMENT>
        <TYPE>GRAPHIC
        <SEQUENCE>4
        <FILENAME>logo.jpg
        <TEXT>
        begin 644 logo.jpg
        M_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)"0@*#!0-#`L+
        Revenues                         $   99,999     $   88,888
        end
        </TEXT>
        </DOCUMENT>
        """;

    private static ExtractionResult Extract(string text) => new Extractor().Extract(SourceDocument.FromText(TextDecoder.Normalize(text), "submission.txt"));

    [Fact]
    public void TheHeaderGivesTheFilerFormAndDates()
    {
        var submission = SubmissionReader.Read(Header + Cover + Release + Statements + Graphic);
        Assert.Equal("8-K", submission.Header.FormType);
        Assert.Equal(new DateOnly(2009, 1, 29), submission.Header.FilingDate);
        Assert.Equal(new DateOnly(2009, 1, 28), submission.Header.PeriodOfReport);
        Assert.Equal(["ACME WIDGET SUBSIDIARY INC", "ACME WIDGETS CORP"], submission.Header.Filers.Select(f => f.Name));
        Assert.Equal("3990", submission.Header.Filers[1].SicCode);
        Assert.Equal(["8-K", "EX-99.1", "EX-99.2", "GRAPHIC"], submission.Documents.Select(d => d.Type));
        Assert.True(submission.Documents[3].IsEncoded);
        Assert.Equal(["EX-99.1", "EX-99.2"], ReleaseDocumentSelector.Select(submission).Select(d => d.Type));
    }

    [Fact]
    public void AReleaseSplitOverTwoExhibitsIsReadAsOneWithSpansIntoTheSubmission()
    {
        var r = Extract(Header + Cover + Release + Statements + Graphic);
        Assert.Equal("edgar-submission", r.Format);
        Assert.Equal([StatementKind.IncomeStatement, StatementKind.BalanceSheet], r.Statements.Select(s => s.Kind));
        var revenues = r.Facts.Single(f => f.Label == "Revenues" && f.Column == 0);
        Assert.Equal(12_345_000m, revenues.Value);
        Assert.Equal("12,345", r.Document.Slice(revenues.Span));
        Assert.Equal(-1_234_000m, r.Facts.Single(f => f.Label == "Net income (loss)" && f.Column == 0).Value);
        var cash = r.Facts.Single(f => f.Label == "Cash and cash equivalents" && f.Column == 1);
        Assert.Equal(3_210_000m, cash.Value);
        Assert.Equal(new Instant(new DateOnly(2007, 12, 31)), cash.Period);
        Assert.Equal("3,210", r.Document.Slice(cash.Span));
        // Nothing from the cover page or the uuencoded logo.
        Assert.DoesNotContain(r.Facts, f => f.Value is 99_999_000m or 99_999m or 3_456_789m);
        var prose = r.Facts.Single(f => f.Origin == FactOrigin.Narrative && f.Unit == Unit.Usd);
        Assert.Equal("12.3", r.Document.Slice(prose.Span));
    }

    [Fact]
    public void TheReleaseIsAboutTheFilerItNamesMost()
    {
        var r = Extract(Header + Cover + Release + Statements);
        Assert.Equal("0000012345", r.Release.Cik);
        Assert.Equal("ACME WIDGETS CORP", r.Release.FilerName);
        Assert.Equal("8-K", r.Release.FormType);
        Assert.Equal(new DateOnly(2009, 1, 29), r.Release.FilingDate);
        Assert.Equal("3990", r.Release.Sic);
        Assert.Equal("ACW", r.Release.Ticker);
        Assert.Equal(new DateOnly(2009, 1, 28), r.Release.Date);
        Assert.Equal(2008, r.Release.FiscalPeriod!.Year);
    }

    [Fact]
    public void WithoutAnExhibit99TheReleaseIsThe8KItself()
    {
        var body = Release.Replace("<TYPE>EX-99.1", "<TYPE>8-K").Replace("<SEQUENCE>2", "<SEQUENCE>1");
        var r = Extract("<DOCUMENT>" + body[body.IndexOf('\n')..]);
        Assert.Equal("edgar-submission", r.Format);
        Assert.Equal(12_345_000m, r.Facts.Single(f => f.Label == "Revenues" && f.Column == 0).Value);
    }

    [Fact]
    public void TheSouthernCompanySubmissionIsReadFromItsExhibits()
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "SOUTHERNCO_2004Q4_fullsubmission.txt"));
        Assert.Equal("edgar-submission", r.Format);
        Assert.Equal("SOUTHERN CO", r.Release.FilerName);
        Assert.Equal("0000092122", r.Release.Cik);
        Assert.Equal("4911", r.Release.Sic);
        Assert.Equal(new DateOnly(2005, 1, 25), r.Release.FilingDate);
        Assert.Equal(new FiscalPeriodCheck(2004, 4), new FiscalPeriodCheck(r.Release.FiscalPeriod!.Year, r.Release.FiscalPeriod.Quarter));
        // Statements from EX-99.02, .03, .04 and .06 (the exhibits start on lines 581, 663, 728, 840).
        var exhibits = r.Statements.Where(s => s.Kind == StatementKind.IncomeStatement).Select(s => s.Region.FirstLine switch
        {
            < 581 => "other", < 663 => "99.02", < 728 => "99.03", < 803 => "99.04", < 840 => "99.05", _ => "99.06",
        }).ToList();
        Assert.Equal(["99.02", "99.03", "99.04", "99.06"], exhibits);
        // The header's "CENTRAL INDEX KEY: 0000092122" and friends are not figures of the release.
        Assert.DoesNotContain(r.Facts, f => f.Value == 92_122m || f.Value == 20_050_125m);
    }

    private sealed record FiscalPeriodCheck(int Year, int Quarter);
}
