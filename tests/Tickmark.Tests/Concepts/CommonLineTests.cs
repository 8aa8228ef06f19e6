using Tickmark.Concepts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// Common-lines.tsv: the wordings filers of every industry print for the face-statement lines most used in SEC
/// filings (the elements most companies tag, by edgartools' usage counts), each with the element the US-GAAP
/// taxonomy gives that line (several when filers split between them). Typed from the taxonomy's standard labels
/// and common filer wording, not from the harvested rows, so the rules are checked on labels none of them was
/// written from: a wording the rules name wrong or leave null here is one any filer may print.
/// </summary>
public sealed class CommonLineTests
{
    private sealed record Line(int Number, StatementKind Statement, string Section, string Label, Unit Unit, string[] Elements);

    private static List<Line> Lines() =>
        File.ReadLines(Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Concepts", "common-lines.tsv"))
            .Select((l, i) => (Text: l, Number: i + 1))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => l.Text.Split('\t') is var f && f.Length == 5
                ? new Line(l.Number, StatementKindNames.Parse(f[0]), f[1], f[2], f[3] switch { "USD/share" => Unit.UsdPerShare, "shares" => Unit.Shares, _ => Unit.Usd }, f[4].Split('|'))
                : throw new FormatException($"common-lines.tsv line {l.Number}: expected 5 tab-separated fields, got {f.Length}"))
            .ToList();

    [Fact]
    public void CommonWordingsOfFaceLinesGetTheirElement()
    {
        var map = ConceptMap.Default;
        var lines = Lines();
        var wrong = new List<string>();
        foreach (var line in lines)
        {
            var label = ConceptMap.Normalize(line.Label);
            var got = map.Element(map.Rules.Match(RowContext.Alone(label, ConceptMap.Normalize(line.Section), line.Statement, line.Unit)))?.Name;
            if (got is null || !line.Elements.Contains(got))
                wrong.Add($"line {line.Number} {line.Statement.ToJsonName()} '{line.Label}' [{line.Section}]: want {string.Join("|", line.Elements)}, rules {got ?? "null"}");
        }
        if (Environment.GetEnvironmentVariable("TICKMARK_HARVEST_REPORT") is { Length: > 0 } folder)
            File.WriteAllLines(Path.Combine(folder, "common-misses.txt"), wrong);
        Assert.True(lines.Count > 300, $"only {lines.Count} lines read");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {lines.Count} common wordings missed:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void NetIncomeBeforeALineForNoncontrollingInterestsIsProfitLossAndTheParentsShareIsNetIncomeLoss()
    {
        // Boeing's 10-Q (Harvest/face-rows.tsv) tags "Net loss" ProfitLoss and "Net loss attributable to Boeing shareholders"
        // NetIncomeLoss, with "Less: net earnings/(loss) attributable to noncontrolling interest" between them.
        string[] labels = ["Net loss", "Less: net earnings/(loss) attributable to noncontrolling interest", "Net loss attributable to Acme shareholders"];
        var normalized = labels.Select(ConceptMap.Normalize).ToList();
        var map = ConceptMap.Default;
        string? At(int i) => map.Element(map.Rules.Match(new RowContext(normalized[i], "", StatementKind.IncomeStatement, Unit.Usd, "", normalized, i)))?.Name;
        Assert.Equal("ProfitLoss", At(0));
        Assert.Equal("NetIncomeLossAttributableToNoncontrollingInterest", At(1));
        Assert.Equal("NetIncomeLoss", At(2));
    }

    [Fact]
    public void ALabelsTrailingDetailDoesNotChangeItsLine()
    {
        // IBM's 10-K (Harvest/face-rows.tsv, a tuning company) prints the allowance inside the label of a receivable line.
        var map = ConceptMap.Default;
        string? Find(string label, string section) =>
            map.Element(map.Rules.Match(RowContext.Alone(ConceptMap.Normalize(label), ConceptMap.Normalize(section), StatementKind.BalanceSheet, Unit.Usd)))?.Name;
        Assert.Equal("OtherReceivablesNetCurrent", Find("Other accounts receivable (net of allowances of $41 in 2025 and $31 in 2024)", "Current assets"));
        Assert.Equal("other receivables, net", ConceptRuleTable.WithoutDetail("other receivables, net of allowance for doubtful accounts of $5 and $4"));
        Assert.Equal("net income (loss)", ConceptRuleTable.WithoutDetail("net income (loss)"));
        // An insurer's 10-K in the SEC data sets (Harvest/industry-rows.tsv, a tuning company) prints what a line includes and how it is measured.
        Assert.Equal("other current assets", ConceptRuleTable.WithoutDetail("other current assets, including $2,023 and $4,507, respectively, from consolidated variable interest entities"));
        Assert.Equal("short-term investments", ConceptRuleTable.WithoutDetail("short-term investments, at fair value (amortized cost $30,667 and $39,230, respectively)"));
    }

    [Fact]
    public void AnUnclassifiedBalanceSheetsPayablesAndLeaseLiabilitiesAreCurrentAndNoncurrent()
    {
        // A bank or REIT balance sheet: a total of liabilities and no current totals.
        string[] labels = ["Total assets", "Accounts payable and accrued expenses", "Operating lease liability", "Total liabilities"];
        var normalized = labels.Select(ConceptMap.Normalize).ToList();
        var map = ConceptMap.Default;
        string? At(int i) => map.Element(map.Rules.Match(new RowContext(normalized[i], "liabilities", StatementKind.BalanceSheet, Unit.Usd, "", normalized, i)))?.Name;
        Assert.Equal("AccountsPayableAndAccruedLiabilitiesCurrentAndNoncurrent", At(1));
        Assert.Equal("OperatingLeaseLiability", At(2));
    }
}
