using Tickmark.Blocks;
using Tickmark.Extraction;
using Tickmark.Releases;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Particulars;

/// <summary>Who, when and which quarter a release says it is, read from its own dateline, headline and titles (issue 13).</summary>
public class ReleaseParticularsTests
{
    /// <summary>Values typed from each document's dateline and headline.</summary>
    [Theory]
    // line 21: "ENGLEWOOD CLIFFS, NJ, February 11, 2004 -- Asta Funding, Inc."; headline "RECORD FIRST QUARTER FISCAL 2004 RESULTS".
    [InlineData("text/ASTAFUNDING_FY2004Q1_ex991.txt", "Asta Funding, Inc.", "2004-02-11", 2004, 1)]
    // line 22: "ENGLEWOOD CLIFFS, NJ, FEBRUARY 9, 2005 --"; headline "RECORD FIRST QUARTER FINANCIAL RESULTS", quarter ended December 31, 2004.
    [InlineData("text/ASTAFUNDING_FY2005Q1_ex991.txt", "ASTA FUNDING, INC.", "2005-02-09", 2005, 1)]
    // line 104: "BELLINGHAM, WA - January 19, 2006 - Horizon Financial Corp. (Nasdaq: HRZB)".
    [InlineData("text/HORIZONFIN_FY2006Q3_8kbody.txt", "Horizon Financial Corp.", "2006-01-19", 2006, 3)]
    // line 105: "Horizon Financial Corp. (Horizon) (NASDAQ: HRZB)": the short name in parentheses is not the company.
    [InlineData("text/HORIZONFIN_FY2007Q2_8kbody.txt", "Horizon Financial Corp.", "2006-10-19", 2007, 2)]
    // line 109: "BELLINGHAM, Wash., April 24, 2008 -- Horizon Financial Corp.".
    [InlineData("text/HORIZONFIN_FY2008Q4_8kbody.txt", "Horizon Financial Corp.", "2008-04-24", 2008, 4)]
    // line 13: "BELLINGHAM, WA, Jan. 29, 2009 -- Horizon Financial Corp.".
    [InlineData("text/HORIZONFIN_FY2009Q3_ex991.txt", "Horizon Financial Corp.", "2009-01-29", 2009, 3)]
    // lines 6-8, double-spaced: "-- Pericom Semiconductor" / blank / "Corporation (Nasdaq: PSEM)".
    [InlineData("text/PERICOM_FY2004Q1_ex991.txt", "Pericom Semiconductor Corporation", "2003-10-21", 2004, 1)]
    // "San Jose, CA - November 7, 2005 - Pericom Semiconductor Corporation [NASDAQ ...".
    [InlineData("text/PERICOM_FY2006Q1_ex991.txt", "Pericom Semiconductor Corporation", "2005-11-07", 2006, 1)]
    // "CUPERTINO, California—January 18, 2011—Apple® today announced": no ticker in the release.
    [InlineData("html/AAPL_FY2011Q1_ex991.htm", "Apple", "2011-01-18", 2011, 1)]
    // "NVIDIA today reported revenue for the second quarter ended July 31, 2022": no dateline, no ticker.
    [InlineData("html/NVDA_FY2023Q2_newsroom.html", "NVIDIA", "2022-08-24", 2023, 2)]
    // "REDWOOD SHORES, Calif., June 19, 2014 — Oracle Corporation (NYSE: ORCL)".
    [InlineData("html/ORCL_FY2014Q4_ex991.htm", "Oracle Corporation", "2014-06-19", 2014, 4)]
    public void CorpusRelease(string file, string company, string date, int fiscalYear, int quarter)
    {
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, file)).Release;
        Assert.Equal((company, DateOnly.Parse(date), fiscalYear, quarter), (r.Company, r.Date, r.FiscalPeriod!.Year, r.FiscalPeriod.Quarter));
    }

    [Fact]
    public void AFirstQuarterHeadlineSetsTheFiscalYearEnd()
    {
        // Asta's first quarter ended December 31, 2003 (no year-to-date or year column): the fiscal year ends in September.
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "ASTAFUNDING_FY2004Q1_ex991.txt")).Release;
        Assert.Equal(new FiscalPeriod(2004, 1, new DateOnly(2003, 12, 31), 9), r.FiscalPeriod);
    }

    [Fact]
    public void ADatelineYearBeforeThePeriodIsAMisprint()
    {
        // ASTAFUNDING_FY2004Q4 line 27 prints "NOVEMBER 23, 2003" on the release of the year ended September 30, 2004.
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "ASTAFUNDING_FY2004Q4_ex991.txt")).Release;
        Assert.Equal(new DateOnly(2004, 11, 23), r.Date);
    }

    [Fact]
    public void ALogoPlaceholderIsNotTheHeadline()
    {
        // ASTAFUNDING_FY2004Q4 opens with "[ASTA FUNDING, INC. LOGO]"; the headline is below the contacts.
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Corpus, "text", "ASTAFUNDING_FY2004Q4_ex991.txt")).Release;
        Assert.StartsWith("ASTA FUNDING REPORTS RECORD RESULTS FOR THE FISCAL YEAR ENDING", r.Headline);
    }

    [Theory]
    [InlineData("ASTA FUNDING REPORTS RECORD FIRST QUARTER FISCAL 2004 RESULTS", 1, 2004)]
    [InlineData("Horizon Financial Reports Third Quarter of Fiscal 2009 Results", 3, 2009)]
    [InlineData("NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2024", 4, 2024)]
    [InlineData("PERICOM SEMICONDUCTOR REPORTS FISCAL 2006 FIRST QUARTER RESULTS", 1, 2006)]
    [InlineData("Pericom Semiconductor Reports Fiscal First Quarter Results", 1, null)]
    [InlineData("PERICOM SEMICONDUCTOR REPORTS Q1 2007 FINANCIAL RESULTS", 1, 2007)]
    [InlineData("HORIZON FINANCIAL GROWS EPS 29% IN THIRD FISCAL QUARTER", 3, null)]
    [InlineData("ASTA FUNDING REPORTS RECORD RESULTS FOR THE FISCAL YEAR ENDING SEPTEMBER 30, 2004", 4, 2004)]
    [InlineData("ASTA FUNDING ANNOUNCES RECORD FIRST QUARTER FINANCIAL RESULTS", 1, null)]
    public void StatedQuarters(string headline, int quarter, int? year) =>
        Assert.Equal(new StatedQuarter(quarter, year), StatedQuarter.Find(headline));

    [Theory]
    [InlineData("ORACLE BECOMES THE SECOND LARGEST CLOUD SAAS COMPANY IN THE WORLD")]
    [InlineData("Economic strength in Southeast drives Southern Company earnings")]
    public void HeadlinesNamingNoQuarter(string headline) => Assert.Null(StatedQuarter.Find(headline));

    [Theory]
    [InlineData("ENGLEWOOD CLIFFS, NJ, February 11, 2004 -- Asta Funding, Inc., (NASDAQ: ASFI), a", "ENGLEWOOD CLIFFS, NJ", "February 11, 2004")]
    [InlineData("BELLINGHAM, WA - January 19, 2006 - Horizon Financial Corp. (Nasdaq: HRZB)", "BELLINGHAM, WA", "January 19, 2006")]
    [InlineData("BELLINGHAM, Wash., April 24, 2008 -- Horizon Financial Corp. (NASDAQ:HRZB)", "BELLINGHAM, Wash.", "April 24, 2008")]
    [InlineData("BELLINGHAM, WA, Jan. 29, 2009 -- Horizon Financial Corp.", "BELLINGHAM, WA", "Jan. 29, 2009")]
    [InlineData("San Jose, Calif. - Aug. 16, 2006 - Pericom Semiconductor Corporation", "San Jose, Calif.", "Aug. 16, 2006")]
    [InlineData("CUPERTINO, California\u2014January 18, 2011\u2014Apple\u00AE today announced", "CUPERTINO, California", "January 18, 2011")]
    [InlineData("REDWOOD SHORES, Calif., June 19, 2014 \u2014 Oracle Corporation (NYSE: ORCL)", "REDWOOD SHORES, Calif.", "June 19, 2014")]
    [InlineData("ENGLEWOOD CLIFFS, NJ, NOVEMBER 23, 2003 -- ASTA FUNDING, INC.", "ENGLEWOOD CLIFFS, NJ", "NOVEMBER 23, 2003")]
    public void CityDateDatelines(string line, string city, string date)
    {
        var m = CityDateDateline.Match(line);
        Assert.True(m.Success, line);
        Assert.Equal((city, date), (m.Groups["city"].Value.Trim().TrimEnd(','), m.Groups["date"].Value));
    }

    [Theory]
    [InlineData("Net income for the three months ended December 31, 2003, was $4,688,000")]
    [InlineData("On January 19, 2006, Horizon Financial Corp. issued its earnings release")]
    public void SentencesThatAreNotDatelines(string line) => Assert.False(CityDateDateline.IsMatch(line));

    [Theory]
    [InlineData("lead", "Apple\u00AE today announced financial results", "Apple")]
    [InlineData("lead", "NVIDIA today reported revenue for the second quarter", "NVIDIA")]
    [InlineData("lead", "Asta Funding, Inc., (NASDAQ: ASFI), a leading consumer", "Asta Funding, Inc.")]
    [InlineData("title", "NVIDIA CORPORATION AND SUBSIDIARIES", "NVIDIA CORPORATION")]
    [InlineData("title", "Apple Inc.", "Apple Inc.")]
    [InlineData("headline", "NVIDIA Announces Financial Results for Second Quarter Fiscal 2023", "NVIDIA")]
    [InlineData("headline", "HORIZON FINANCIAL GROWS EPS 29% IN THIRD FISCAL QUARTER", "HORIZON FINANCIAL")]
    public void CompanyNames(string where, string text, string name) =>
        Assert.Equal(name, where switch
        {
            "lead" => CompanyNameReader.LeadSubject(text),
            "title" => CompanyNameReader.Title(text),
            _ => CompanyNameReader.HeadlineSubject(text),
        });

    [Theory]
    [InlineData("title", "CONDENSED CONSOLIDATED STATEMENTS OF INCOME")]
    [InlineData("lead", "Net revenues for the first quarter were $11,072,000")]
    [InlineData("headline", "Economic strength in Southeast drives Southern Company earnings")]
    public void NoCompanyName(string where, string text) =>
        Assert.Null(where switch
        {
            "lead" => CompanyNameReader.LeadSubject(text),
            "title" => CompanyNameReader.Title(text),
            _ => CompanyNameReader.HeadlineSubject(text),
        });
}
