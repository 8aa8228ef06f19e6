using System.Text.Json;
using System.Text.RegularExpressions;
using Tickmark.Cli;
using Tickmark.Tests.Web;

namespace Tickmark.Tests.Export;

/// <summary>
/// <c>tickmark export --format xbrl-json --release ID</c>: the structure the xBRL-JSON specification
/// (OIM, document type https://xbrl.org/2021/xbrl-json) asks of a report, and the figures of the
/// fourth-quarter release where the release prints them.
/// </summary>
public sealed partial class XbrlJsonExportTests(SeedExport seeds) : IClassFixture<SeedExport>
{
    private JsonElement Export(out string summary)
    {
        var (code, stdout, stderr) = seeds.Export(new ExportRequest([], "xbrl-json", "facts", SeedStore.Q4File, null));
        Assert.Equal(0, code);
        summary = stderr.Trim();
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public void TheReportHasTheStructureTheSpecificationAsksFor()
    {
        var root = Export(out var summary);
        Assert.Equal(["documentInfo", "facts"], root.EnumerateObject().Select(p => p.Name));
        var info = root.GetProperty("documentInfo");
        Assert.Equal("https://xbrl.org/2021/xbrl-json", info.GetProperty("documentType").GetString());
        var namespaces = info.GetProperty("namespaces").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.All(namespaces.Values, uri => Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Absolute), uri));
        Assert.All(info.GetProperty("taxonomy").EnumerateArray(), t => Assert.True(Uri.IsWellFormedUriString(t.GetString(), UriKind.Absolute)));

        var facts = root.GetProperty("facts").EnumerateObject().ToList();
        Assert.NotEmpty(facts);
        using var store = seeds.Open();
        var stored = store.Reader.Facts(store.Reader.FindReleases(SeedStore.Q4File).Single().Id);
        Assert.Matches($@"^tickmark: {facts.Count} facts of release #\d+ as xBRL-JSON \({stored.Count - facts.Count} without a US-GAAP element or with a qualifier left out\) written$", summary);
        foreach (var fact in facts)
        {
            Assert.Matches(FactId(), fact.Name);
            var source = stored[int.Parse(fact.Name[1..])].Fact;
            Assert.Equal(["value", "decimals", "dimensions"], fact.Value.EnumerateObject().Select(p => p.Name));
            var value = fact.Value.GetProperty("value").GetString()!;
            Assert.Matches(CanonicalDecimal(), value);
            Assert.Equal(JsonValueKind.Number, fact.Value.GetProperty("decimals").ValueKind);
            var d = fact.Value.GetProperty("dimensions");
            Assert.Equal(["concept", "entity", "period", "unit"], d.EnumerateObject().Select(p => p.Name));
            Assert.Equal(source.Concept, d.GetProperty("concept").GetString());
            foreach (var name in new[] { d.GetProperty("concept").GetString()!, d.GetProperty("entity").GetString()! }
                         .Concat(d.GetProperty("unit").GetString()!.Split('/')))
                Assert.True(namespaces.ContainsKey(name[..name.IndexOf(':')]), $"{fact.Name}: the prefix of {name} is not in namespaces");
            var period = d.GetProperty("period").GetString()!;
            Assert.Matches(Period(), period);
            if (period.Split('/') is [var start, var end]) Assert.True(DateTime.Parse(start) < DateTime.Parse(end), period);
            Assert.Contains(d.GetProperty("unit").GetString(), new[] { "iso4217:USD", "iso4217:USD/xbrli:shares", "xbrli:shares", "xbrli:pure" });
        }
    }

    [Fact]
    public void FiguresCarryTheirPeriodsAsDateTimesAtTheEndOfTheirLastDay()
    {
        var facts = Export(out _).GetProperty("facts").EnumerateObject().Select(p => p.Value).ToList();
        string Dim(JsonElement f, string name) => f.GetProperty("dimensions").GetProperty(name).GetString()!;
        // "Revenues $ 6,342" (thousands), three months ended December 31, 2006.
        var revenues = facts.Where(f => Dim(f, "concept") == "us-gaap:Revenues" && Dim(f, "period") == "2006-10-01T00:00:00/2007-01-01T00:00:00").ToList();
        Assert.Contains(revenues, f => f.GetProperty("value").GetString() == "6342000" && f.GetProperty("decimals").GetInt32() == -3);
        Assert.All(revenues, f => Assert.Equal(("iso4217:USD", "tickmark:BSMD"), (Dim(f, "unit"), Dim(f, "entity"))));
        // "Total assets $ 32,079" at December 31, 2006: an instant, the midnight that ends the day.
        var assets = Assert.Single(facts, f => Dim(f, "concept") == "us-gaap:Assets" && Dim(f, "period") == "2007-01-01T00:00:00");
        Assert.Equal("32079000", assets.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("xbrl-json", null, "facts", "--format xbrl-json writes one release's facts: give --release ID")]
    [InlineData("xbrl-json", "1", "panel", "--format xbrl-json writes facts, not the panel")]
    [InlineData("parquet", null, "facts", "Parquet is binary: give --out FILE.parquet")]
    public void OptionsThatDoNotGoTogetherAreAUsageError(string format, string? release, string table, string message)
    {
        var (code, stdout, stderr) = seeds.Export(new ExportRequest([], format, table, release, null));
        Assert.Equal((2, ""), (code, stdout));
        Assert.StartsWith($"tickmark: {message}", stderr);
    }

    [GeneratedRegex(@"^f\d+$")]
    private static partial Regex FactId();

    /// <summary>xs:decimal as XML Schema 1.1 writes it canonically: no '+', no leading or trailing zeros, no point for a whole number.</summary>
    [GeneratedRegex(@"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")]
    private static partial Regex CanonicalDecimal();

    /// <summary>OIM's period: one date-time (an instant) or two joined by '/'.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T00:00:00(/\d{4}-\d{2}-\d{2}T00:00:00)?$")]
    private static partial Regex Period();
}
