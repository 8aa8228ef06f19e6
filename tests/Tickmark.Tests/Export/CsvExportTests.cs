using Tickmark.Cli;
using Tickmark.Facts;
using Tickmark.Store.Export;
using Tickmark.Store.Reading;
using Tickmark.Tests.Web;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Tests.Export;

/// <summary>The CSV export: the same columns as the Parquet file, one row per fact, every number in one invariant form.</summary>
public sealed class CsvExportTests(SeedExport seeds) : IClassFixture<SeedExport>
{
    [Fact]
    public void OneRowPerFactUnderTheSameColumnsAsParquet()
    {
        var (code, stdout, stderr) = seeds.Export(new ExportRequest(["BSMD"], "csv", "facts", null, null));
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(",", FactColumns.All.Select(c => c.Name)), lines[0]);
        using var store = seeds.Open();
        var count = store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id).Sum(r => store.Reader.Facts(r.Id).Count);
        Assert.Equal(count, lines.Length - 1);
        Assert.Equal($"tickmark: {count} facts written", stderr.Trim());
    }

    [Fact]
    public void ProseAndTableFiguresAreWrittenAlike()
    {
        var stdout = seeds.Export(new ExportRequest([], "csv", "facts", SeedStore.Q4File, null)).Out;
        var rows = stdout.Split('\n');
        // "revenues were $22.89 million" and the table's "22,891" (thousands): neither with a point or trailing zeros.
        Assert.Contains(rows, r => r.Contains(",narrative,") && r.Contains(",22890000,22890000,USD,-4,"));
        Assert.Contains(rows, r => r.Contains(",table,") && r.Contains(",22891000,22891000,USD,-3,"));
        Assert.DoesNotContain(rows, r => r.Contains("0000.00,"));
    }

    [Fact]
    public void TheValueColumnIsTheElementsConventionAndThePrintedOneKeepsTheSign()
    {
        var company = new CompanySummary(1, "X", "X Corp", "X", null, null, 1, 0, null, null, 0, 0, 0);
        var release = new ReleaseSummary(7, 1, "/r/x.txt", "ab", "text", "ok", null, "v", "t", "X Corp", "X", null, null,
            null, null, null, null, 2020, 4, null, 12, 1, 1, 0, 0, 0);
        var fact = new Fact
        {
            Origin = FactOrigin.Table, Label = "Interest expense", Concept = "us-gaap:InterestExpense", Value = -37_000_000m, XbrlValue = 37_000_000m,
            Unit = Unit.Usd, Decimals = -6, Span = new SourceSpan(10, 4),
        };
        var row = new FactRow(company, release, new StoredFact(3, fact, 12, 40));
        object? Column(string name) => FactColumns.All.Single(c => c.Name == name).Value(row);
        Assert.Equal((37_000_000m, -37_000_000m, "us-gaap:InterestExpense", 3, 12, 40), (Column("value"), Column("printed_value"), Column("element"), Column("fact"), Column("line"), Column("column")));
        Assert.Equal("37000000", CsvTableWriter.Text(Column("value")));
    }
}
