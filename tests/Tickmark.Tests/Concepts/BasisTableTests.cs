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
