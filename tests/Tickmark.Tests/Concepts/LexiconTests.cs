using Tickmark.Concepts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// The learned lexicon (lexicon.tsv, Harvest/build_lexicon.py), the concept stage's last resort: real wordings
/// filers print, a wording it does not know, a near tie, and a statement, unit or period type that disagrees;
/// and the whole stage (rules, then the lexicon) on the statement lines of filers the lexicon never saw.
/// </summary>
public sealed class LexiconTests
{
    private static readonly Lexicon Learned = ConceptMap.Default.Lexicon;

    /// <summary>
    /// Wordings of 2010q2 filers whose CIK's MD5 starts 0-7 (the FSDS test side: the lexicon is built from other quarters'
    /// 8-f filers), each with the element the filer tagged (its own XBRL, in the SEC Financial Statement Data Sets' pre.txt).
    /// </summary>
    [Theory]
    [InlineData("balance_sheet", "USD", "Prepaid income taxes", "PrepaidTaxes")]
    [InlineData("balance_sheet", "USD", "Federal funds sold", "FederalFundsSold")]
    [InlineData("balance_sheet", "USD", "Unearned premiums", "UnearnedPremiums")]
    [InlineData("balance_sheet", "USD", "Buildings", "BuildingsAndImprovementsGross")]
    [InlineData("income_statement", "USD", "Purchased power", "CostOfPurchasedPower")]
    [InlineData("income_statement", "USD", "Deposits", "InterestExpenseDeposits")]
    [InlineData("balance_sheet", "USD", "Construction in progress", "ConstructionInProgressGross")]
    [InlineData("income_statement", "USD", "Net interest income after provision for loan losses", "InterestIncomeExpenseAfterProvisionForLoanLoss")]
    [InlineData("income_statement", "USD", "Amortization of intangible assets", "AmortizationOfIntangibleAssets")]
    [InlineData("cash_flow", "USD", "Proceeds from issuance of common stock", "ProceedsFromIssuanceOfCommonStock")]
    [InlineData("cash_flow", "USD", "Deferred income taxes", "DeferredIncomeTaxExpenseBenefit")]
    [InlineData("cash_flow", "USD", "Debt issuance costs", "PaymentsOfDebtIssuanceCosts")]
    public void RealWordingsGetTheFilersElement(string statement, string unit, string label, string element) =>
        Assert.Equal(element, Learned.Find(ConceptMap.Normalize(label), StatementKindNames.Parse(statement), UnitOf(unit))?.Name);

    [Theory]
    [InlineData("balance_sheet", "USD", "Frobnication reserve for widgets")]
    [InlineData("income_statement", "USD", "Acquisition termination cost")]
    [InlineData("cash_flow", "USD", "Zzyzx")]
    public void AWordingTheLexiconDoesNotKnowStaysNull(string statement, string unit, string label) =>
        Assert.Null(Learned.Find(ConceptMap.Normalize(label), StatementKindNames.Parse(statement), UnitOf(unit)));

    [Fact]
    public void AStatementOrUnitThatDisagreesStaysNull()
    {
        var label = ConceptMap.Normalize("Prepaid income taxes");
        Assert.Equal("PrepaidTaxes", Learned.Find(label, StatementKind.BalanceSheet, Unit.Usd)?.Name);
        Assert.Null(Learned.Find(label, StatementKind.IncomeStatement, Unit.Usd));
        Assert.Null(Learned.Find(label, StatementKind.BalanceSheet, Unit.Shares));
        Assert.Null(Learned.Find(label, StatementKind.Other, Unit.Usd));
    }

    /// <summary>A small lexicon of its own: the arithmetic of close matches, ties and period types, independent of the learned data.</summary>
    private static Lexicon Small(string lines) => Lexicon.Parse("close-match\t0.6\t0.05\n" + lines, "test", ElementCatalog.Default);

    [Fact]
    public void ACloseWordingNamesTheRowAndANearTieStaysNull()
    {
        var lexicon = Small(
            "balance_sheet\tUSD\t\t\tdeferred revenue current\tContractWithCustomerLiabilityCurrent\t5\t1.00\n" +
            "balance_sheet\tUSD\t\t\tdeferred revenue noncurrent\tContractWithCustomerLiabilityNoncurrent\t5\t1.00\n" +
            "balance_sheet\tUSD\t\t\taccrued interest receivable\tInterestReceivable\t5\t1.00\n");
        // Every word of the row is in one wording, and one more rare word there: close enough.
        Assert.Equal("InterestReceivable", lexicon.Find("interest receivable", StatementKind.BalanceSheet, Unit.Usd)?.Name);
        // "deferred revenue" is as close to the current as to the noncurrent line: a tie names nothing.
        Assert.Null(lexicon.Find("deferred revenue", StatementKind.BalanceSheet, Unit.Usd));
        Assert.Equal("ContractWithCustomerLiabilityCurrent", lexicon.Find("deferred revenue current", StatementKind.BalanceSheet, Unit.Usd)?.Name);
    }

    [Fact]
    public void AnElementWhosePeriodTypeTheStatementLacksStaysNull()
    {
        // An instant element learned for an income-statement wording is never given to an income-statement row, nor a span to a balance-sheet row.
        var lexicon = Small(
            "income_statement\tUSD\t\t\tcash at end\tCashAndCashEquivalentsAtCarryingValue\t5\t1.00\n" +
            "balance_sheet\tUSD\t\t\tnet income\tNetIncomeLoss\t5\t1.00\n" +
            "cash_flow\tUSD\t\t\tcash at end\tCashAndCashEquivalentsAtCarryingValue\t5\t1.00\n");
        Assert.Null(lexicon.Find("cash at end", StatementKind.IncomeStatement, Unit.Usd));
        Assert.Null(lexicon.Find("net income", StatementKind.BalanceSheet, Unit.Usd));
        Assert.Equal("CashAndCashEquivalentsAtCarryingValue", lexicon.Find("cash at end", StatementKind.CashFlow, Unit.Usd)?.Name);
    }

    [Fact]
    public void RecentFilersLinesApplyToTablesOfTheirYearsOnly()
    {
        // Revenue under ASC 606 (2018 on) has another element than before it (SalesRevenueNet left the taxonomy).
        var lexicon = Small(
            "income_statement\tUSD\t\t\tnet sales\tSalesRevenueNet\t9\t1.00\n" +
            "income_statement\tUSD\t\t2018\tnet sales\tRevenues\t3\t1.00\n");
        Assert.Equal("SalesRevenueNet", lexicon.Find("net sales", StatementKind.IncomeStatement, Unit.Usd, "", 2010)?.Name);
        Assert.Equal("SalesRevenueNet", lexicon.Find("net sales", StatementKind.IncomeStatement, Unit.Usd)?.Name);
        Assert.Equal("Revenues", lexicon.Find("net sales", StatementKind.IncomeStatement, Unit.Usd, "", 2024)?.Name);
    }

    [Fact]
    public void APartOfTheStatementHasLinesOfItsOwn()
    {
        var lexicon = Lexicon.Parse(
            "part\tcurrent assets\tbalance_sheet\t^current assets$\t^total current assets$\n" +
            "close-match\t0.9\t0.1\n" +
            "balance_sheet\tUSD\t\t\tdeferred income taxes\tDeferredTaxLiabilitiesNoncurrent\t9\t0.70\n" +
            "balance_sheet\tUSD\tcurrent assets\t\tdeferred income taxes\tDeferredTaxAssetsNetCurrent\t5\t0.90\n", "test", ElementCatalog.Default);
        string[] labels = ["cash", "deferred income taxes", "total current assets", "deferred income taxes", "total assets"];
        RowContext Row(int i, string section = "") => new(labels[i], section, StatementKind.BalanceSheet, Unit.Usd, "", labels, i);
        // Above "total current assets", or under a "Current assets" heading: the current asset; below it, the wording's line in any part.
        Assert.Equal("DeferredTaxAssetsNetCurrent", lexicon.Find(Row(1))?.Name);
        Assert.Equal("DeferredTaxAssetsNetCurrent", lexicon.Find(Row(3, "assets > current assets"))?.Name);
        Assert.Equal("DeferredTaxLiabilitiesNoncurrent", lexicon.Find(Row(3))?.Name);
    }

    [Fact]
    public void NonJoinsTheWordAfterIt()
    {
        Assert.Equal(["deferred", "income", "taxes", "noncurrent"], Lexicon.Wording(ConceptMap.Normalize("Deferred income taxes-non current")));
        Assert.Equal(["non"], Lexicon.Wording("non"));
        // "non current" is not "current": a close match does not read the one for the other (4 of 5 words shared as
        // separate words, over a threshold of 0.7; 3 of 5 joined).
        var lexicon = Lexicon.Parse("close-match\t0.7\t0.05\nbalance_sheet\tUSD\t\t\tdeferred income taxes current\tDeferredTaxAssetsNetCurrent\t5\t1.00\n", "test", ElementCatalog.Default);
        Assert.Null(lexicon.Find(ConceptMap.Normalize("Deferred income taxes - non current"), StatementKind.BalanceSheet, Unit.Usd));
    }

    [Fact]
    public void AnElementMissingFromTheCatalogIsAnError() =>
        Assert.Throws<FormatException>(() => Small("balance_sheet\tUSD\t\t\tfoo\tNoSuchElementAnywhere\t5\t1.00\n"));

    private sealed record TestRow(StatementKind Statement, Unit Unit, string Part, string Label, string Element, int Filers);

    private static List<TestRow> FsdsTestRows() =>
        File.ReadLines(Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Concepts", "fsds-test-rows.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Select(f => new TestRow(StatementKindNames.Parse(f[0]), UnitOf(f[1]), f[2], f[3], f[4], int.Parse(f[5])))
            .ToList();

    /// <summary>
    /// Statement lines (balance sheet, income statement, cash flows) of filers the lexicon was not built from, in a quarter it was
    /// not built from (fsds-test-rows.tsv: 2010q2, CIK's MD5 0-7; each line counted once per filer that prints it), each seen alone
    /// (the data sets keep no headings; the part of the statement comes from the filer's total labels), through the rules and then the lexicon, against the filer's own element.
    /// </summary>
    [Fact]
    public void LinesOfFilersTheLexiconNeverSawGetTheFilersElement()
    {
        var map = ConceptMap.Default;
        var (rules, both, total) = (0, 0, 0);
        foreach (var row in FsdsTestRows())
        {
            var context = RowContext.Alone(ConceptMap.Normalize(row.Label), "", row.Statement, row.Unit) with { Year = 2010 };
            // As ConceptMap.Resolve, with the part the row's table gives (the first total label at or after it, found by the build script).
            var rule = map.Rules.Match(context);
            var byRule = map.Element(rule)?.Name;
            var resolved = rule is not null ? byRule : map.Lexicon.Find(context.Label, row.Statement, row.Unit, row.Part, context.Year)?.Name;
            total += row.Filers;
            if (byRule == row.Element) rules += row.Filers;
            if (resolved == row.Element) both += row.Filers;
        }
        if (Environment.GetEnvironmentVariable("TICKMARK_HARVEST_REPORT") is { Length: > 0 } folder)
            File.WriteAllText(Path.Combine(folder, "fsds-test.tsv"), $"rules\t{rules}\t{total}\nrules+lexicon\t{both}\t{total}\n");
        Assert.True(total > 20000, $"only {total} FSDS test lines");
        // 21,353 lines of 2010q2: the rules alone 47.9% (10,227), with the lexicon 56.2% (11,999); with the statement's parts
        // (21,517 lines, a line counted once per part it is printed in) the rules alone 47.9% (10,299), with the lexicon 58.5% (12,594).
        // With recent filers' lines for 2018 on (not used here: 2010) and the close-match threshold chosen counting a wrong element as
        // twice a missing one (0.90 for 0.85), 21,517 lines: 58.0% (12,488). The bar keeps what is reached.
        Assert.True(both >= 0.580 * total, $"FSDS test lines {both}/{total} ({100.0 * both / total:0.0}%; rules alone {100.0 * rules / total:0.0}%)");
        Assert.True(both > rules, "the lexicon adds nothing to the rules");
    }

    private static Unit UnitOf(string unit) => unit switch { "USD/share" => Unit.UsdPerShare, "shares" => Unit.Shares, _ => Unit.Usd };
}
