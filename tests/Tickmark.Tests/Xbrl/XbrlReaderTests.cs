using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Formats;
using Tickmark.Periods;
using Tickmark.Text;
using Tickmark.Units;
using Tickmark.Xbrl;

namespace Tickmark.Tests.Xbrl;

/// <summary>The XBRL reader on small documents written for one rule each, and on bad input.</summary>
public class XbrlReaderTests
{
    private const string Head = """
        <?xml version="1.0" encoding="utf-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance"
              xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31"
              xmlns:gaap="http://fasb.org/us-gaap/2023" xmlns:dei="http://xbrl.sec.gov/dei/2023" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
              xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:acme="http://acme.example/2023">
        <body><div style="display:none"><ix:header><ix:hidden>
        <ix:nonNumeric name="dei:DocumentType" contextRef="D">10-Q</ix:nonNumeric>
        <ix:nonNumeric name="dei:EntityRegistrantName" contextRef="D" continuedAt="c1">Acme</ix:nonNumeric>
        <ix:nonNumeric name="dei:TradingSymbol" contextRef="D">acme</ix:nonNumeric>
        <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="D">0000012345</ix:nonNumeric>
        <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="D" format="ixt:date-monthname-day-year-en">June 29, 2024</ix:nonNumeric>
        <ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="D">2024</ix:nonNumeric>
        <ix:nonNumeric name="dei:DocumentFiscalPeriodFocus" contextRef="D">Q3</ix:nonNumeric>
        <ix:nonNumeric name="dei:CurrentFiscalYearEndDate" contextRef="D">--09-28</ix:nonNumeric>
        <ix:nonFraction name="gaap:AmendmentFlagCount" contextRef="D" unitRef="pure" decimals="INF">7</ix:nonFraction>
        </ix:hidden><ix:resources>
        <xbrli:context id="D"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity>
          <xbrli:period><xbrli:startDate>2024-03-31</xbrli:startDate><xbrli:endDate>2024-06-29</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:context id="I"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity>
          <xbrli:period><xbrli:instant>2024-06-29</xbrli:instant></xbrli:period></xbrli:context>
        <xbrli:context id="S"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier>
          <xbrli:segment><xbrldi:explicitMember dimension="gaap:StatementBusinessSegmentsAxis">acme:AmericasSegmentMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
          <xbrli:period><xbrli:startDate>2024-03-31</xbrli:startDate><xbrli:endDate>2024-06-29</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
        <xbrli:unit id="eur"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
        <xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
        <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
        <xbrli:unit id="ps"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
          <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
        </ix:resources></ix:header></div>
        <ix:continuation id="c1"> Corp.</ix:continuation>
        <table>
        """;

    private const string Tail = "</table></body></html>";

    private static ExtractionResult Read(string rows)
    {
        var doc = SourceDocument.FromText(Head + rows + Tail, "test.htm");
        Assert.Equal(DocumentFormat.InlineXbrl, FormatDetector.Detect(doc.Text));
        return new Extractor().Extract(doc);
    }

    private static Fact Only(ExtractionResult r, string concept) => Assert.Single(r.Facts, f => f.Concept == concept);

    [Fact]
    public void ScaleSignFormatsAndTheRowLabel()
    {
        var r = Read("""
            <tr><td>Total net sales</td><td>$</td><td><ix:nonFraction name="gaap:Revenues" contextRef="D" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">85,777</ix:nonFraction></td></tr>
            <tr><td>Other income/(expense), net</td><td>(<ix:nonFraction name="gaap:NonoperatingIncomeExpense" contextRef="D" unitRef="usd" decimals="-6" scale="6" sign="-" format="ixt:num-dot-decimal">142</ix:nonFraction>)</td></tr>
            <tr><td>Restructuring</td><td><ix:nonFraction name="gaap:RestructuringCharges" contextRef="D" unitRef="usd" decimals="-6" scale="6" format="ixt:fixed-zero">—</ix:nonFraction></td></tr>
            <tr><td>Legacy</td><td><ix:nonFraction name="gaap:OtherCostAndExpenseOperating" contextRef="D" unitRef="usd" decimals="-3" scale="3" format="ixt:numdotcomma">1.234,5</ix:nonFraction></td></tr>
            <tr><td>Directors</td><td><ix:nonFraction name="acme:Directors" contextRef="I" unitRef="pure" decimals="INF" format="ixt-sec:numwordsen">twenty-one</ix:nonFraction></td></tr>
            <tr><td>Diluted</td><td><ix:nonFraction name="gaap:EarningsPerShareDiluted" contextRef="D" unitRef="ps" decimals="2" format="ixt:num-dot-decimal">1.40</ix:nonFraction></td></tr>
            <tr><td>Shares</td><td><ix:nonFraction name="gaap:WeightedAverageNumberOfDilutedSharesOutstanding" contextRef="D" unitRef="shares" decimals="-3" scale="3" format="ixt:num-dot-decimal">15,348,175</ix:nonFraction></td></tr>
            """);
        var sales = Only(r, "us-gaap:Revenues");
        Assert.Equal((85_777_000_000m, Unit.Usd, -6, "Total net sales"), (sales.Value, sales.Unit, sales.Decimals, sales.Label));
        Assert.Equal(new Duration(new DateOnly(2024, 3, 31), new DateOnly(2024, 6, 29)), sales.Period);
        Assert.Equal("85,777", r.Document.Slice(sales.Span));
        Assert.Equal(FactOrigin.Xbrl, sales.Origin);
        Assert.Equal(-142_000_000m, Only(r, "us-gaap:NonoperatingIncomeExpense").Value);
        Assert.Equal(0m, Only(r, "us-gaap:RestructuringCharges").Value);
        Assert.Equal(1_234_500m, Only(r, "us-gaap:OtherCostAndExpenseOperating").Value);
        Assert.Equal(21m, Only(r, "acme:Directors").Value);
        Assert.Equal(new Instant(new DateOnly(2024, 6, 29)), Only(r, "acme:Directors").Period);
        Assert.Equal((1.40m, Unit.UsdPerShare), (Only(r, "us-gaap:EarningsPerShareDiluted").Value, Only(r, "us-gaap:EarningsPerShareDiluted").Unit));
        Assert.Equal(15_348_175_000m, Only(r, "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding").Value);
        // The hidden fact is read too, exact (INF) to the digits it has.
        Assert.Equal((7m, 0), (Only(r, "us-gaap:AmendmentFlagCount").Value, Only(r, "us-gaap:AmendmentFlagCount").Decimals));
    }

    [Fact]
    public void DeiFactsGiveTheFilingsParticulars()
    {
        var r = Read("<tr><td>x</td><td><ix:nonFraction name=\"gaap:Assets\" contextRef=\"I\" unitRef=\"usd\" decimals=\"0\">5</ix:nonFraction></td></tr>");
        var info = r.Release;
        Assert.Equal(("Acme Corp.", "ACME", "12345", "10-Q"), (info.Company, info.Ticker, info.Cik, info.FormType));
        Assert.Equal(new Releases.FiscalPeriod(2024, 3, new DateOnly(2024, 6, 29), 9), info.FiscalPeriod);
        Assert.Equal("inline-xbrl", r.Format);
    }

    [Fact]
    public void DimensionsNestedFactsAndOtherUnits()
    {
        var r = Read("""
            <tr><td>Americas</td><td><ix:nonFraction name="gaap:Revenues" contextRef="S" unitRef="usd" decimals="-6" scale="6"><ix:nonFraction name="acme:SegmentSales" contextRef="S" unitRef="usd" decimals="-6" scale="6">37,678</ix:nonFraction></ix:nonFraction></td></tr>
            <tr><td>Euro notes</td><td><ix:nonFraction name="gaap:DebtInstrumentFaceAmount" contextRef="I" unitRef="eur" decimals="-6" scale="6">1,000</ix:nonFraction></td></tr>
            """);
        var outer = Only(r, "us-gaap:Revenues");
        Assert.Equal(37_678_000_000m, outer.Value);
        Assert.Equal(new Dictionary<string, string> { ["us-gaap:StatementBusinessSegmentsAxis"] = "acme:AmericasSegmentMember" }, outer.Dimensions);
        Assert.Equal(outer.Span, Only(r, "acme:SegmentSales").Span);
        Assert.DoesNotContain(r.Facts, f => f.Concept == "us-gaap:DebtInstrumentFaceAmount");
        Assert.Contains(r.Diagnostics, d => d.Code == XbrlDiagnostics.OtherUnits && d.Message.Contains("EUR"));
    }

    [Fact]
    public void AnUnknownTransformationOrContextIsADiagnosticNotAFact()
    {
        var r = Read("""
            <tr><td>a</td><td><ix:nonFraction name="gaap:Assets" contextRef="I" unitRef="usd" decimals="0" format="ixt:num-roman">XII</ix:nonFraction></td></tr>
            <tr><td>b</td><td><ix:nonFraction name="gaap:Liabilities" contextRef="nowhere" unitRef="usd" decimals="0">4</ix:nonFraction></td></tr>
            """);
        Assert.Contains(r.Diagnostics, d => d.Code == XbrlDiagnostics.UnknownFormat && d.Message.Contains("ixt:num-roman"));
        Assert.Contains(r.Diagnostics, d => d.Code == XbrlDiagnostics.UnknownContext && d.Message.Contains("'nowhere'"));
        Assert.DoesNotContain(r.Facts, f => f.Concept is "us-gaap:Assets" or "us-gaap:Liabilities");
    }

    [Fact]
    public void BadXmlIsAnErrorWithItsLineNeverAnException()
    {
        var doc = SourceDocument.FromText(Head + "<tr><td><ix:nonFraction name=\"gaap:Assets\" contextRef=\"I\" unitRef=\"usd\">5</td></tr>" + Tail, "bad.htm");
        var r = new Extractor().Extract(doc);
        Assert.True(r.Failed);
        var error = Assert.Single(r.Diagnostics);
        Assert.Equal(XbrlDiagnostics.NotWellFormed, error.Code);
        Assert.True(error.Line > 30, error.Message);
        Assert.StartsWith("bad.htm: line ", error.Message);
    }

    [Fact]
    public void AnInstanceDocumentsFactsAreItsElements()
    {
        const string xml = """
            <?xml version="1.0" encoding="US-ASCII"?>
            <!-- made by hand -->
            <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://xbrl.us/us-gaap/2009-01-31" xmlns:dei="http://xbrl.us/dei/2009-01-31" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
              <context id="I"><entity><identifier scheme="http://www.sec.gov/CIK">0000320193</identifier></entity><period><instant>2010-09-25</instant></period></context>
              <unit id="USD"><measure>iso4217:USD</measure></unit>
              <dei:EntityRegistrantName contextRef="I">APPLE INC</dei:EntityRegistrantName>
              <us-gaap:Assets contextRef="I" decimals="-6" unitRef="USD">75183000000</us-gaap:Assets>
              <us-gaap:RetainedEarningsAccumulatedDeficit contextRef="I" decimals="-6" unitRef="USD">-46000000</us-gaap:RetainedEarningsAccumulatedDeficit>
            </xbrl>
            """;
        var doc = SourceDocument.FromText(xml, "i.xml");
        Assert.Equal(DocumentFormat.XbrlInstance, FormatDetector.Detect(doc.Text));
        var r = new Extractor().Extract(doc);
        Assert.Equal("xbrl-instance", r.Format);
        var assets = Only(r, "us-gaap:Assets");
        Assert.Equal((75_183_000_000m, "75183000000"), (assets.Value, r.Document.Slice(assets.Span)));
        Assert.Equal(-46_000_000m, Only(r, "us-gaap:RetainedEarningsAccumulatedDeficit").Value);
        Assert.Equal(("APPLE INC", "320193"), (r.Release.Company, r.Release.Cik));
    }

    [Fact]
    public void An8KWhoseCoverAloneIsTaggedStaysARelease()
    {
        var text = Head.Replace("<ix:nonFraction name=\"gaap:AmendmentFlagCount\" contextRef=\"D\" unitRef=\"pure\" decimals=\"INF\">7</ix:nonFraction>", "") + Tail;
        Assert.Equal(DocumentFormat.Html, FormatDetector.Detect(text));
    }
}
