using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;
using Tickmark.Cli;
using Tickmark.Periods;
using Tickmark.Store.Export;
using Tickmark.Store.Reading;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Export;

/// <summary>
/// <c>tickmark export --format parquet</c> read back with Parquet.Net and with DuckDB: every fact of the
/// database, value for value, and the quarterly panel as <c>tickmark series</c> gives it.
/// </summary>
public sealed class ParquetExportTests(SeedExport seeds) : IClassFixture<SeedExport>
{
    private static async Task<Dictionary<string, Array>> ReadColumns(string file)
    {
        await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        var columns = new Dictionary<string, Array>();
        foreach (var field in reader.Schema.GetDataFields())
            columns[field.Name] = field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? await ReadStrings(group, field) : await ReadValues(group, field);
        return columns;
    }

    private static async Task<Array> ReadStrings(ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<Array> ReadValues(ParquetRowGroupReader group, DataField field) => field.ClrType switch
    {
        var t when t == typeof(int) => await Read<int>(group, field),
        var t when t == typeof(long) => await Read<long>(group, field),
        var t when t == typeof(decimal) => await Read<decimal>(group, field),
        var t when t == typeof(DateOnly) => await Read<DateOnly>(group, field),
        var t => throw new InvalidOperationException($"{field.Name}: unexpected {t.Name}"),
    };

    private static async Task<T?[]> Read<T>(ParquetRowGroupReader group, DataField field) where T : struct
    {
        var values = new T?[group.RowCount];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    [Fact]
    public async Task EveryFactOfTheDatabaseReadsBackFromTheParquetFile()
    {
        var file = seeds.PathOf("facts.parquet");
        var (code, stdout, stderr) = seeds.Export(new ExportRequest([], "parquet", "facts", null, file));
        Assert.Equal((0, ""), (code, stderr));

        using var store = seeds.Open();
        var stored = store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id)
            .SelectMany(r => store.Reader.Facts(r.Id).Select(f => (Release: r, Fact: f))).ToList();
        Assert.Equal($"tickmark: {stored.Count} facts to {file}", stdout.Trim());

        var c = await ReadColumns(file);
        Assert.Equal(FactColumns.All.Select(x => x.Name), c.Keys);
        Assert.Equal(stored.Count, c["fact"].Length);
        for (var i = 0; i < stored.Count; i++)
        {
            var (release, f) = stored[i];
            Assert.Equal(release.Id, (long?)c["release"].GetValue(i));
            Assert.Equal(f.Index, (int?)c["fact"].GetValue(i));
            Assert.Equal(f.Fact.XbrlValue ?? f.Fact.Value, (decimal?)c["value"].GetValue(i));
            Assert.Equal(f.Fact.Value, (decimal?)c["printed_value"].GetValue(i));
            Assert.Equal(f.Fact.Concept, (string?)c["element"].GetValue(i));
            Assert.Equal(f.Fact.Label, (string?)c["label"].GetValue(i));
            Assert.Equal(f.Fact.Decimals, (int?)c["decimals"].GetValue(i));
            Assert.Equal((f.Fact.Period as Duration)?.Start, (DateOnly?)c["period_start"].GetValue(i));
            Assert.Equal((f.Fact.Period as Instant)?.Date, (DateOnly?)c["instant"].GetValue(i));
            Assert.Equal((f.Line, f.Column), ((int?)c["line"].GetValue(i), (int?)c["column"].GetValue(i)));
        }
    }

    [Fact]
    public async Task TheFourthQuarterRevenuesAreWhereTheReleasePrintsThem()
    {
        // "Revenues  $ 6,342" in thousands, three months ended December 31, 2006, at line 297, column 34 of the fourth-quarter release.
        var file = seeds.PathOf("bsmd.parquet");
        Assert.Equal(0, seeds.Export(new ExportRequest(["bsmd"], "parquet", "facts", null, file)).Code);
        var c = await ReadColumns(file);
        var rows = Enumerable.Range(0, c["fact"].Length).Where(i => (string?)c["element"].GetValue(i) == "us-gaap:Revenues"
            && (DateOnly?)c["period_start"].GetValue(i) == new DateOnly(2006, 10, 1) && (string?)c["release_file"].GetValue(i) == SeedStore.Q4File
            && (string?)c["origin"].GetValue(i) == "table").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(6_342_000m, c["value"].GetValue(row));
        Assert.Equal((new DateOnly(2006, 12, 31), "USD", -3, "table", "gaap", "BSMD"),
            (c["period_end"].GetValue(row), c["unit"].GetValue(row), c["decimals"].GetValue(row), c["origin"].GetValue(row), c["basis"].GetValue(row), c["company"].GetValue(row)));
        Assert.Equal((297, 34), ((int?)c["line"].GetValue(row), (int?)c["column"].GetValue(row)));
    }

    [Fact]
    public async Task ThePanelHoldsEachQuarterOfEachElementAsTheSeriesDoes()
    {
        var file = seeds.PathOf("panel.parquet");
        var (code, stdout, _) = seeds.Export(new ExportRequest(["BSMD"], "parquet", "panel", null, file));
        Assert.Equal(0, code);
        var c = await ReadColumns(file);
        Assert.Equal(PanelColumns.All.Select(x => x.Name), c.Keys);
        Assert.Contains($"{c["element"].Length} panel rows", stdout);

        using var store = seeds.Open();
        var series = store.Series.Series("BSMD", "Revenues", Tickmark.Series.SeriesKind.Quarterly)!.Series;
        var revenues = Enumerable.Range(0, c["element"].Length).Where(i => (string?)c["element"].GetValue(i) == "us-gaap:Revenues").ToList();
        Assert.Equal(series.Points.Select(p => (p.Slot.Name, p.Value, p.Derived ? "derived" : "reported")),
            revenues.Select(i => ((string)c["fiscal_period"].GetValue(i)!, (decimal)c["value"].GetValue(i)!, (string)c["how"].GetValue(i)!)));
        // As the README's series shows it, typed from the releases: Q1 2006 is the six months less the second quarter.
        var q1 = revenues.Single(i => (string?)c["fiscal_period"].GetValue(i) == "2006Q1");
        Assert.Equal((5_269_000m, "derived", "2006Q1-Q2 - 2006Q2", null), (c["value"].GetValue(q1), c["how"].GetValue(q1), c["formula"].GetValue(q1), c["line"].GetValue(q1)));
        var q4 = revenues.Single(i => (string?)c["fiscal_period"].GetValue(i) == "2006Q4");
        Assert.Equal((6_342_000m, "reported", SeedStore.Q4File, 297, 34), (c["value"].GetValue(q4), c["how"].GetValue(q4), c["release_file"].GetValue(q4), c["line"].GetValue(q4), c["column"].GetValue(q4)));
        Assert.All(Enumerable.Range(0, c["basis"].Length), i => Assert.Equal("gaap", c["basis"].GetValue(i)));
        // A balance is at an instant, a flow over a period.
        Assert.All(Enumerable.Range(0, c["element"].Length), i => Assert.True(c["instant"].GetValue(i) is null != (c["period_start"].GetValue(i) is null)));
    }

    [Fact]
    public void DuckDbReadsTheFileAsExported()
    {
        var file = seeds.PathOf("duck.parquet");
        Assert.Equal(0, seeds.Export(new ExportRequest(["BSMD"], "parquet", "facts", null, file)).Code);
        using var store = seeds.Open();
        var facts = store.Reader.Releases(store.Reader.FindCompany("BSMD")!.Id).SelectMany(r => store.Reader.Facts(r.Id)).ToList();

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), sum(value), count(DISTINCT release),
                   sum(CASE WHEN element = 'us-gaap:Revenues' AND origin = 'table' AND period_start = DATE '2006-10-01' AND release_file = '{SeedStore.Q4File}' THEN value END)
            FROM read_parquet('{file}')
            """;
        using var r = command.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(facts.Count, Convert.ToInt32(r.GetValue(0)));
        Assert.Equal(facts.Sum(f => f.Fact.XbrlValue ?? f.Fact.Value), Convert.ToDecimal(r.GetValue(1)));
        Assert.Equal(3, Convert.ToInt32(r.GetValue(2)));
        Assert.Equal(6_342_000m, Convert.ToDecimal(r.GetValue(3)));
    }
}
