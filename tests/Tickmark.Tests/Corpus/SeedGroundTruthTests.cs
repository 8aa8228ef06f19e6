using System.Text.Json;
using Tickmark.Extraction;
using Tickmark.Facts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.Corpus;

/// <summary>The three seed releases must come out exactly as shared/groundtruth says, cell by cell.</summary>
public class SeedGroundTruthTests
{
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(Paths.GroundTruth, "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryTableCellComesOutWithItsPeriodValueAndLabel(string groundTruth)
    {
        var gt = GroundTruth.Load(groundTruth);
        var result = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, gt.Document));
        var matches = gt.MatchCells(result.Facts);
        var misses = gt.Cells.Where((_, i) => matches[i] < 0).Select(c => $"{c.Label} {c.Period} = {c.Value} {c.Unit}");
        Assert.True(gt.Cells.Count > 20, "the ground truth has cells");
        Assert.Empty(misses);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReleaseParticularsMatch(string groundTruth)
    {
        var gt = Json.Load(Path.Combine(Paths.GroundTruth, groundTruth));
        var r = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, gt.GetProperty("document").GetString()!)).Release;
        var company = gt.GetProperty("company");
        Assert.Equal(company.GetProperty("name").GetString(), r.Company);
        Assert.Equal(company.GetProperty("ticker").GetString(), r.Ticker);
        Assert.Equal(company.GetProperty("exchange").GetString(), r.Exchange);
        Assert.Equal(gt.GetProperty("release_date").GetString(), r.Date?.ToString("yyyy-MM-dd"));
        Assert.Equal(gt.GetProperty("city").GetString(), r.City);
        Assert.Equal(gt.GetProperty("wire").GetString(), r.Wire);
        Assert.Equal(gt.GetProperty("headline").GetString(), r.Headline);
        var fp = gt.GetProperty("fiscal_period");
        Assert.NotNull(r.FiscalPeriod);
        Assert.Equal(fp.GetProperty("year").GetInt32(), r.FiscalPeriod!.Year);
        Assert.Equal(fp.GetProperty("quarter").GetInt32(), r.FiscalPeriod.Quarter);
        Assert.Equal(fp.GetProperty("end").GetString(), r.FiscalPeriod.End.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void StatementsHaveTheGroundTruthKindsAndColumns(string groundTruth)
    {
        var gt = Json.Load(Path.Combine(Paths.GroundTruth, groundTruth));
        var result = new Extractor().ExtractFile(Path.Combine(Paths.Seeds, gt.GetProperty("document").GetString()!));
        foreach (var st in gt.GetProperty("statements").EnumerateArray())
        {
            var kind = st.GetProperty("kind").GetString();
            var statement = Assert.Single(result.Statements, s => Concepts.StatementKindNames.ToJsonName(s.Kind) == kind);
            Assert.Equal(st.GetProperty("title").GetString(), statement.Title);
            var columns = st.GetProperty("columns").EnumerateArray().Select(Json.PeriodOf).ToList();
            Assert.Equal(columns, statement.Columns.Select(c => c.Period).ToList());
        }
    }
}
