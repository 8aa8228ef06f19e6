using Tickmark.Cli;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Cli;

/// <summary>What the commands print reads right: one row, a date said once; prose and table figures written alike.</summary>
public sealed class ListingTextTests
{
    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run) => StoreCommandTests.Capture(run);

    [Fact]
    public void ChecksSayOneRowAndTheirDateOnce()
    {
        // The third-quarter seed: "Loss from operations" is revenues less one row (total costs and expenses); the balance sheet is at September 30, 2006.
        var (code, stdout, _) = Capture((o, e) => CheckCommand.Run([Path.Combine(SeedStore.Samples, SeedStore.Q3File)], o, e));
        Assert.Equal(0, code);
        Assert.Contains("operating-result Loss from operations = -612,000; 'Revenues' 5,644,000 and the 1 row between give -612,000", stdout);
        Assert.Contains("balance      total assets 30,932,000 and total liabilities and equity 30,932,000 at 2006-09-30", stdout);
        Assert.DoesNotContain(" 1 rows ", stdout);
        Assert.DoesNotContain("at at", stdout);
    }

    [Fact]
    public void ExtractCsvWritesProseFiguresAsTableFigures()
    {
        var (_, stdout, _) = Capture((o, e) => ExtractCommand.Run([Path.Combine(SeedStore.Samples, SeedStore.Q4File)], "csv", o, e));
        var rows = stdout.Split('\n');
        // "revenues were $22.89 million" beside the table's 22,891 thousand.
        Assert.Contains(rows, r => r.Contains(",narrative,") && r.Contains(",22890000,USD,-4,"));
        Assert.Contains(rows, r => r.Contains(",table,") && r.Contains(",22891000,USD,-3,"));
        Assert.DoesNotContain(rows, r => r.Contains(".00,"));
    }
}
