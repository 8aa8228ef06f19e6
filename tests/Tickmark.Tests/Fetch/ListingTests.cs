using System.Text;
using Tickmark.Fetch;
using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Listing;

namespace Tickmark.Tests.Fetch;

/// <summary>EDGAR's listings read as EDGAR writes them, and filings screened by their listing before anything is downloaded.</summary>
public sealed class ListingTests
{
    private static byte[] File(string path) => System.IO.File.ReadAllBytes(Path.Combine(LocalEdgarServer.Files, path));

    [Fact]
    public void SubmissionsJsonIsReadRowByRowWithItsOlderPages()
    {
        var page = SubmissionsPage.Read(File("submissions/CIK0000320193.json"), "CIK0000320193.json", 0);
        Assert.Equal(320193, page.Cik);
        Assert.Equal("Apple Inc.", page.Company);
        var release = Assert.Single(page.Filings, f => f.Accession == "0000320193-24-000005");
        Assert.Equal(("8-K", new DateOnly(2024, 2, 1), "2.02,9.01"), (release.Form, release.Filed, release.Items));
        var older = Assert.Single(page.OlderPages);
        Assert.Equal(("CIK0000320193-submissions-001.json", new DateOnly(1996, 12, 24), new DateOnly(2015, 12, 22)), (older.Name, older.From, older.To));
        var old = SubmissionsPage.Read(File("submissions/" + older.Name), older.Name, 320193, "Apple Inc.");
        Assert.Contains(old.Filings, f => f.Accession == "0000320193-96-000027" && f.Items is null && f.Company == "Apple Inc.");
    }

    [Fact]
    public void BadJsonIsOneLineNamingTheFile()
    {
        var e = Assert.Throws<FetchException>(() => SubmissionsPage.Read(Encoding.UTF8.GetBytes("{\"filings\": {\"recent\": {\"form\": []}}}"), "CIK1.json", 1));
        Assert.Equal("CIK1.json: expected the array 'accessionNumber' of EDGAR's submissions JSON", e.Message);
        Assert.StartsWith("CIK2.json: not JSON", Assert.Throws<FetchException>(() => SubmissionsPage.Read(Encoding.UTF8.GetBytes("<html>"), "CIK2.json", 2)).Message);
    }

    [Fact]
    public void FullIndexLinesAreReadFromTheRight()
    {
        var filings = FullIndexReader.Read(File("Archives/edgar/full-index/2004/QTR3/form.idx"), "form.idx", EarningsForms.Contains);
        Assert.Equal(2, filings.Count);
        Assert.Equal(new Filing(319256, "SEARS ROEBUCK & CO", "8-K", new DateOnly(2004, 7, 22), "0000891092-04-003383", null), filings[1]);
    }

    /// <summary>Lines of EDGAR's daily form index for 2020-03-18 (as recorded in dgunning/edgartools data/form.20200318.idx): forms with spaces, names cut at the column's edge, dates as yyyyMMdd.</summary>
    [Fact]
    public void FormsWithSpacesAndNamesCutAtTheColumnAreRead()
    {
        const string index = """
            Description:           Daily Index of EDGAR Dissemination Feed by Form Type
            Last Data Received:    Mar 18, 2020
            Comments:              webmaster@sec.gov
            Anonymous FTP:         ftp://ftp.sec.gov/edgar/

            Form Type   Company Name                                                  CIK         Date Filed  File Name
            ---------------------------------------------------------------------------------------------------------------------------------------------
            1-A POS     Belpointe REIT, Inc.                                          1749817     20200318    edgar/data/1749817/0001010549-20-000033.txt         
            10-K        J.P. Morgan Chase Commercial Mortgage Securities Trust 2014-  1607484     20200318    edgar/data/1607484/0001056404-20-002466.txt         
            10-K/A      ACNB CORP                                                     715579      20200318    edgar/data/715579/0001104659-20-034998.txt          
            """;
        var all = FullIndexReader.Read(Encoding.ASCII.GetBytes(index), "form.20200318.idx", _ => true);
        Assert.Equal(["1-A POS", "10-K", "10-K/A"], all.Select(f => f.Form));
        Assert.Equal("J.P. Morgan Chase Commercial Mortgage Securities Trust 2014-", all[1].Company);
        Assert.Equal((715579L, new DateOnly(2020, 3, 18), "0001104659-20-034998"), (all[2].Cik, all[2].Filed, all[2].Accession));
    }

    [Fact]
    public void ABrokenIndexLineNamesItsLine()
    {
        var text = "Form Type   Company Name   CIK   Date Filed  File Name\n----------\n8-K         ACME  12  2004-13-01  edgar/data/12/0000000012-04-000001.txt\n";
        var e = Assert.Throws<FetchException>(() => FullIndexReader.Read(Encoding.ASCII.GetBytes(text), "form.idx", EarningsForms.Contains));
        Assert.StartsWith("form.idx line 3: expected FORM, COMPANY, CIK, DATE (yyyy-MM-dd) and edgar/data/CIK/ACCESSION.txt", e.Message);
    }

    [Theory]
    [InlineData("AAPL", 320193)]
    [InlineData("aapl", 320193)]
    [InlineData("BRK.B", 1067983)]
    [InlineData("BRK-B", 1067983)]
    public void TickersFindTheirCik(string ticker, long cik)
    {
        var tickers = CompanyTickers.Read(File("files/company_tickers.json"), "company_tickers.json");
        Assert.True(tickers.TryFind(ticker, out var found, out _));
        Assert.Equal(cik, found);
        Assert.False(tickers.TryFind("NOPE", out _, out _));
    }

    [Theory]
    [InlineData("8-K", "2024-02-01", "2.02,9.01", Screening.Release)]
    [InlineData("8-K/A", "2010-05-01", "2.02", Screening.Release)]
    [InlineData("8-K", "2019-03-04", "5.07", Screening.Skip)]
    [InlineData("8-K", "2004-05-12", "12,7", Screening.Release)]
    [InlineData("8-K", "2004-05-12", null, Screening.ReadContent)]
    [InlineData("8-K", "1997-10-07", "5,7", Screening.ReadContent)]
    [InlineData("8-K", "2012-01-01", null, Screening.ReadContent)]
    [InlineData("6-K", "2012-01-01", null, Screening.ReadContent)]
    [InlineData("10-K", "2020-10-30", null, Screening.Skip)]
    public void ListingsScreenFilings(string form, string filed, string? items, Screening expected) =>
        Assert.Equal(expected, FilingScreen.Screen(new Filing(1, "", form, DateOnly.Parse(filed), "0000000001-00-000001", items)));

    [Theory]
    [InlineData("2004Q3", "2004-07-01", "2004-09-30", 1)]
    [InlineData("2004", "2004-01-01", "2004-12-31", 4)]
    public void IndexQuartersRead(string text, string first, string last, int count)
    {
        var quarters = IndexQuarter.Parse(text)!;
        Assert.Equal(count, quarters.Count);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (quarters[0].First, quarters[^1].Last));
        Assert.Null(IndexQuarter.Parse("2004Q5"));
        Assert.Null(IndexQuarter.Parse("1992"));
    }
}
