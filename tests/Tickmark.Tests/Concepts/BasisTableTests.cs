using Tickmark.Concepts;
using Tickmark.Facts;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// The basis of untitled tables from their rows alone. The row labels are typed from releases not in the repo
/// (bench/concepts: Worthington's FY2023 Q3 call exhibit, Southern Company's Q4 2006 EX-99.02/03, Caterpillar's Q1 2022
/// headline box) and from releases of the corpus; none of these tables has a title that says non-GAAP.
/// </summary>
public sealed class BasisTableTests
{
    private static FactBasis Table(params string[] labels) =>
        ConceptMap.Default.Basis.OfTable("", labels.Select(ConceptMap.Normalize).ToList());

    public static TheoryData<string, string[]> AdjustedTables => new()
    {
        // Worthington FY2023 Q3: the EBITDA bridge, printed after a paragraph that calls it a reconciliation.
        { "EBITDA bridge", ["Net earnings attributable to controlling interest", "Interest expense, net", "Income tax expense", "Depreciation and amortization",
            "Earnings before interest, taxes, depreciation and amortization (\"EBITDA\")", "Incremental expense related to (true-up of) Level5 earnout accrual",
            "Impairment of long-lived assets", "Restructuring and other expense (income), net", "Separation costs", "Pension settlement charge",
            "Loss on sale of investment in ArtiFlex", "Adjusted earnings before interest, taxes, depreciation and amortization (\"adjusted EBITDA\")",
            "Trailing twelve months adjusted EBITDA"] },
        // Worthington: adjusted EBIT of a segment.
        { "segment adjusted EBIT", ["Net sales", "Operating income (loss)", "Impairment of long-lived assets", "Restructuring and other expense (income), net",
            "Adjusted operating income (loss)", "Miscellaneous income (expense), net", "Equity in net income of unconsolidated affiliates",
            "Less: Net earnings attributable to noncontrolling interests", "Adjusted EBIT", "Adjusted EBIT margin"] },
        // Worthington: net debt over adjusted EBITDA.
        { "leverage", ["Short-term borrowings", "Current maturities of long-term debt", "Long-term debt", "Total debt", "Less: cash and cash equivalents",
            "Net debt", "Trailing twelve months adjusted EBITDA", "Net debt to trailing twelve months adjusted EBITDA"] },
        // Southern Company Q4 2006 EX-99.02: as reported, then excluding synthetic fuels.
        { "excluding synfuels", ["Net Income - As Reported", "Less: Synthetic Fuels", "Net Income-Excluding Synthetic Fuels", "Basic Earnings Per Share-Excluding Synfuels"] },
        // Southern Company Q4 2006 EX-99.03.
        { "EPS factors", ["Consolidated Earnings-As Reported", "Retail Business", "Competitive Generation", "Synthetic Fuels", "Parent Company and Other",
            "Total-As Reported", "Consolidated Earnings-Excluding Synfuels", "Total-As Reported", "Less: Synthetic Fuels", "Total-Excluding Synthetic Fuels"] },
        // Adobe FY2023 Q1: the effective tax rate from GAAP to non-GAAP (a reconciliation starting from a GAAP rate).
        { "tax rate bridge", ["GAAP effective income tax rate", "Income tax adjustments", "Stock-based and deferred compensation expense",
            "Amortization of intangibles", "Acquisition-related expenses (*)", "Non-GAAP effective income tax rate (**)"] },
        // Caterpillar Q1 2022: the headline box.
        { "headline box", ["Sales and Revenues", "Profit Per Share", "Adjusted Profit Per Share"] },
    };

    [Theory]
    [MemberData(nameof(AdjustedTables))]
    public void AnUntitledTableOfAdjustedMeasuresIsNonGaap(string table, string[] labels) =>
        Assert.True(Table(labels) == FactBasis.NonGaap, table);

    [Fact]
    public void AGaapStatementWithOneAdjustedLineAtItsFootStaysGaap()
    {
        // Southern Company's 2004 Q4 income account (corpus): one "excluding one-time items" line under the GAAP net income.
        Assert.Equal(FactBasis.Gaap, Table("Retail Revenue", "Wholesale Revenue", "Other Electric Revenues", "Contract Termination",
            "Non-regulated Operating Revenues", "Total Revenues", "Fuel and Purchased Power", "Non-fuel O & M", "Depreciation and Amortization",
            "Taxes Other Than Income Taxes", "Total Operating Expenses", "Operating Income", "Other Income, net", "Interest Charges and Dividends",
            "Income Taxes", "NET INCOME AS REPORTED (See Note)", "NET INCOME EXCLUDING ONE-TIME ITEMS"));
    }

    [Theory]
    [InlineData("Net Income-Excluding Synthetic Fuels", FactBasis.NonGaap)]
    [InlineData("Total - excluding special items", FactBasis.NonGaap)]
    [InlineData("Earnings before interest, taxes, depreciation and amortization", FactBasis.NonGaap)]
    // A GAAP line's own note of what it leaves out is no adjusted measure.
    [InlineData("Cost of sales (excluding depreciation and amortization)", FactBasis.Gaap)]
    [InlineData("Operating income, excluding depreciation and amortization shown separately", FactBasis.Gaap)]
    [InlineData("Income (loss) before income taxes (excluding minority interest)", FactBasis.Gaap)]
    [InlineData("Earnings before income taxes", FactBasis.Gaap)]
    public void ARowsOwnWordsGiveItsBasis(string label, FactBasis basis) =>
        Assert.Equal(basis, ConceptMap.Default.Basis.OfRow(ConceptMap.Normalize(label)));
}

/// <summary>Parts of a total take the total's element with a dimension, wherever the total stands (issue 10, item 2).</summary>
public sealed class TotalPartsTests
{
    /// <summary>
    /// Apple, first quarter of fiscal 2024 (8-K of February 1, 2024, not in the repo): "Total cost of sales" is printed at
    /// the margin of its own heading "Cost of sales:", so it has no heading while its parts have that one. Figures typed from the document.
    /// </summary>
    [Fact]
    public void ATotalAtTheMarginOfItsOwnHeadingStillHasItsParts()
    {
        // The markup of the statement, styles trimmed: parts indented with no-break spaces, totals at the margin.
        const string html = """
            <html><body>
            <div>Apple Inc.</div>
            <div>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</div>
            <div>(In millions, except number of shares, which are reflected in thousands, and per-share amounts)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended</td></tr>
            <tr><td></td><td>December 30,<br>2023</td><td>December 31,<br>2022</td></tr>
            <tr><td>Net sales&#58;</td><td></td><td></td></tr>
            <tr><td>&#160;&#160;&#160;Products</td><td>$ 96,458&#160;</td><td>$ 96,388&#160;</td></tr>
            <tr><td>&#160;&#160;&#160;Services</td><td>23,117&#160;</td><td>20,766&#160;</td></tr>
            <tr><td>Total net sales (1)</td><td>119,575&#160;</td><td>117,154&#160;</td></tr>
            <tr><td>Cost of sales&#58;</td><td></td><td></td></tr>
            <tr><td>&#160;&#160;&#160;Products</td><td>58,440&#160;</td><td>60,765&#160;</td></tr>
            <tr><td>&#160;&#160;&#160;Services</td><td>6,280&#160;</td><td>6,057&#160;</td></tr>
            <tr><td>Total cost of sales</td><td>64,720&#160;</td><td>66,822&#160;</td></tr>
            <tr><td>Gross margin</td><td>54,855&#160;</td><td>50,332&#160;</td></tr>
            </table>
            </body></html>
            """;
        var facts = new global::Tickmark.Extraction.Extractor().Extract(global::Tickmark.Text.SourceDocument.FromText(html, "aapl.htm")).Facts
            .Where(f => f.Origin == FactOrigin.Table).ToList();
        var total = facts.First(f => f.Label == "Total cost of sales");
        Assert.NotNull(total.Concept);
        var parts = facts.Where(f => f.Section == "Cost of sales" && (f.Label == "Products" || f.Label == "Services")).ToList();
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal(total.Concept, p.Concept));
        Assert.Equal(58_440_000_000m, parts.Single(p => p.Label == "Products" && p.Dimensions.Values.Contains("Products") && p.Value == 58_440_000_000m).Value);
        // Net sales keep their own element: the revenue parts are not taken by the cost total.
        Assert.All(facts.Where(f => f.Section == "Net sales" && f.Label == "Products"), p => Assert.NotEqual(total.Concept, p.Concept));
    }
}

/// <summary>Rows about exchange rates: the rate itself is a price, the effect of its changes is money.</summary>
public sealed class ExchangeRateRowTests
{
    [Fact]
    public void TheEffectOfExchangeRateChangesOnCashIsMoneyInTheTablesScale()
    {
        // Oracle FY2014 Q4 (corpus): "Effect of exchange rate changes on cash and cash equivalents  (158)  (110)", in millions.
        var facts = new global::Tickmark.Extraction.Extractor().ExtractFile(Path.Combine(Tickmark.Tests.Support.Paths.Corpus, "html", "ORCL_FY2014Q4_ex991.htm")).Facts
            .Where(f => f.Origin == FactOrigin.Table && f.Label == "Effect of exchange rate changes on cash and cash equivalents").ToList();
        Assert.Equal([-158_000_000m, -110_000_000m], facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal(global::Tickmark.Units.Unit.Usd, f.Unit));
    }
}

/// <summary>A total named only by the learned lexicon still has its parts.</summary>
public sealed class LearnedTotalPartsTests
{
    /// <summary>Caterpillar, first quarter of 2022 (8-K of April 28, 2022, not in the repo), its statement of results; figures typed from the document.</summary>
    [Fact]
    public void ThePartsOfATotalTheLexiconNamesTakeItsElement()
    {
        const string html = """
            <html><body>
            <div>Caterpillar Inc.</div>
            <div>Condensed Consolidated Statement of Results of Operations</div>
            <div>(Unaudited)</div>
            <div>(Dollars in millions except per share data)</div>
            <table>
            <tr><td></td><td colspan="2">Three Months Ended<br>March 31,</td></tr>
            <tr><td></td><td>2022</td><td>2021</td></tr>
            <tr><td>Sales and revenues:</td><td></td><td></td></tr>
            <tr><td>&#160;&#160;Sales of Machinery, Energy &amp; Transportation</td><td>$ 12,886</td><td>$ 11,191</td></tr>
            <tr><td>&#160;&#160;Revenues of Financial Products</td><td>703</td><td>696</td></tr>
            <tr><td>&#160;&#160;&#160;&#160;Total sales and revenues</td><td>13,589</td><td>11,887</td></tr>
            </table>
            </body></html>
            """;
        var facts = new global::Tickmark.Extraction.Extractor().Extract(global::Tickmark.Text.SourceDocument.FromText(html, "cat.htm")).Facts
            .Where(f => f.Origin == FactOrigin.Table).ToList();
        var total = facts.First(f => f.Label == "Total sales and revenues" && f.Value == 13_589_000_000m);
        Assert.NotNull(total.Concept);
        var parts = facts.Where(f => f.Label is "Sales of Machinery, Energy & Transportation" or "Revenues of Financial Products").ToList();
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal(total.Concept, p.Concept));
        Assert.All(parts, p => Assert.Equal(p.Label, Assert.Single(p.Dimensions).Value));
    }
}
